import { readFile } from "node:fs/promises";
import { join } from "node:path";

import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";

import { repoRoot } from "../../scripts/lib/paths.js";
import { lintWithRedocly, lintWithSpectral, type LintFinding } from "../support/lint.js";

const fixtures = join(repoRoot, "test", "fixtures", "lint");

/** Each house rule, the linter that owns it, and what its finding on the fixture must say. */
const houseRules = [
  {
    rule: "house/limits-must-match-upstream",
    lint: lintWithRedocly,
    says:
      "`number_of_results` of `listCharges` declares maximum 51; " +
      "upstream limits it to maximum 50.",
  },
  {
    rule: "house/request-arrays-must-declare-max-items",
    lint: lintWithRedocly,
    says: "An array in the request body of `acknowledgeCharges` must declare `maxItems`.",
  },
  {
    rule: "operation-must-declare-available-from",
    lint: lintWithSpectral,
    says: "`x-available-from` must name a known release (R10.0.0, R12.0.0, R12.1.0)",
  },
  {
    rule: "operation-id-must-be-verb-noun",
    lint: lintWithSpectral,
    says: "operationId acknowledge_charges must be camelCase verb + noun",
  },
  {
    rule: "operation-must-have-default-response",
    lint: lintWithSpectral,
    says: "Operation must declare a `default` response with the error envelope.",
  },
  {
    rule: "operation-must-have-examples",
    lint: lintWithSpectral,
    says: "The application/json request body has no example.",
  },
  {
    rule: "token-must-follow-verb",
    lint: lintWithSpectral,
    says: "A GET operation must take `token` as a required query parameter.",
  },
  {
    rule: "inferred-operation-must-say-so",
    lint: lintWithSpectral,
    says: "The description of an inferred operation must say that it is inferred.",
  },
];

const fired = new Set<string>();

afterAll(() => {
  process.stderr.write(
    `House rules fired by their fixtures: ${fired.size} of ${houseRules.length}\n`,
  );
});

describe("house lint rules", () => {
  it("has a negative fixture for every house rule the configuration declares", async () => {
    const spectral = parse(await readFile(join(repoRoot, ".spectral.yaml"), "utf8")) as {
      rules: Record<string, unknown>;
    };
    const redocly = parse(await readFile(join(repoRoot, "redocly.yaml"), "utf8")) as {
      rules: Record<string, unknown>;
    };
    const declared = [
      ...Object.keys(spectral.rules),
      ...Object.keys(redocly.rules).filter((rule) => rule.startsWith("house/")),
    ];

    expect(declared.sort()).toEqual(houseRules.map(({ rule }) => rule).sort());
  });

  it.each(houseRules)("`$rule` fires on its negative fixture", async ({ rule, lint, says }) => {
    const file = join(fixtures, `${rule.replace(/^house\//, "")}.yaml`);
    const findings: LintFinding[] = (await lint(file)).filter((finding) => finding.rule === rule);

    expect(findings.length).toBeGreaterThan(0);
    expect(findings.map(({ message }) => message).join("\n")).toContain(says);
    expect(findings.every(({ severity }) => severity === "error")).toBe(true);
    fired.add(rule);
  });
});
