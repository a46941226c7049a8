import { readFile } from "node:fs/promises";
import { join } from "node:path";

import { describe, expect, it } from "vitest";

import { generatedDir } from "../scripts/lib/paths.js";
import { collectExamples, validateExamples } from "./support/examples.js";

async function readBundle(): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(join(generatedDir, "openapi.json"), "utf8"));
}

describe("examples in the bundle", () => {
  it("all validate against their schemas (JSON Schema 2020-12, formats on)", async () => {
    const bundle = await readBundle();
    const examples = collectExamples(bundle);

    process.stderr.write(`Validated ${examples.length} examples from generated/openapi.json\n`);

    expect(examples.length).toBeGreaterThan(100);
    expect(validateExamples(bundle, examples)).toEqual([]);
  });

  it("reports every example that breaks its schema, naming where it is", async () => {
    const bundle = await readBundle();
    const paths = bundle.paths as Record<string, any>;
    const components = bundle.components as Record<string, any>;
    const acknowledge = paths["/netflix/charges/acknowledge"].post.requestBody.content;
    const list = paths["/netflix/charges/list"].get.responses["200"].content;

    acknowledge["application/json"].examples.twoCharges.value.acknowledged_charges_set[0].number =
      451;
    list["application/json"].examples.processed.value.data.charges_set[1].charge_status = "DONE";
    components.parameters.number_of_results.example = 51;

    expect(validateExamples(bundle, collectExamples(bundle)).sort()).toEqual([
      "GET /netflix/charges/list 200 response application/json example `processed`: " +
        "/data/charges_set/1/charge_status must be equal to one of the allowed values",
      "POST /netflix/charges/acknowledge request application/json example `twoCharges`: " +
        "/acknowledged_charges_set/0/number must be string",
      "components.parameters parameter number_of_results: (root) must be <= 50",
    ]);
  });
});
