import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { generatedDir } from "../../scripts/lib/paths.js";
import { lintWithRedocly } from "../support/lint.js";

type Schemas = Record<string, { properties: Record<string, Record<string, number>> }>;

/** Where each upstream limit sits in the bundle, and its upstream value. */
const limits = [
  {
    field: "acknowledged_charges_set",
    schema: "AcknowledgeChargesRequest",
    bound: "maxItems",
    value: 50,
  },
  { field: "devices", schema: "DeviceBatchRequest", bound: "maxItems", value: 1000 },
  {
    field: "validity_duration",
    schema: "CreateSubscriptionRequest",
    bound: "maximum",
    value: 86400,
  },
];

let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "netflix-limits-"));
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** Lints a copy of the bundle with every upstream limit moved by `delta`. */
async function lintShiftedLimits(delta: number): Promise<string[]> {
  const bundle = JSON.parse(await readFile(join(generatedDir, "openapi.json"), "utf8"));
  const schemas = bundle.components.schemas as Schemas;

  for (const { field, schema, bound, value } of limits) {
    schemas[schema]!.properties[field]![bound] = value + delta;
  }

  bundle.components.parameters.number_of_results.schema.maximum = 50 + delta;

  const file = join(scratch, `shifted-${delta}.json`);
  await writeFile(file, JSON.stringify(bundle));

  const findings = await lintWithRedocly(file);

  return findings
    .filter(({ rule }) => rule === "house/limits-must-match-upstream")
    .map(({ message }) => message);
}

describe("house/limits-must-match-upstream", () => {
  it("accepts every upstream limit at its value", async () => {
    expect(await lintShiftedLimits(0)).toEqual([]);
  });

  it("rejects every upstream limit at its value + 1, naming field and values", async () => {
    const declares = (field: string, operation: string, found: string, upstream: string) =>
      `\`${field}\` of \`${operation}\` declares ${found}; upstream limits it to ${upstream}.`;

    expect((await lintShiftedLimits(1)).sort()).toEqual(
      [
        declares("acknowledged_charges_set", "acknowledgeCharges", "maxItems 51", "maxItems 50"),
        declares("devices", "registerDevices", "maxItems 1001", "maxItems 1000"),
        declares("devices", "unregisterDevices", "maxItems 1001", "maxItems 1000"),
        declares("number_of_results", "listCharges", "maximum 51", "maximum 50"),
        declares("validity_duration", "createSubscription", "maximum 86401", "maximum 86400"),
      ].sort(),
    );
  });
});
