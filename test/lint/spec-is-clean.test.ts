import { join } from "node:path";

import { describe, expect, it } from "vitest";

import { repoRoot } from "../../scripts/lib/paths.js";
import { lintWithRedocly, lintWithSpectral } from "../support/lint.js";

const bundles = ["openapi.yaml", "releases/R12.0.0/openapi.yaml", "releases/R12.1.0/openapi.yaml"];

describe("the description", () => {
  it("has no Redocly errors or warnings", async () => {
    expect(await lintWithRedocly(join(repoRoot, "openapi", "openapi.yaml"))).toEqual([]);
  });

  it.each(bundles)("has no Spectral errors or warnings in generated/%s", async (bundle) => {
    expect(await lintWithSpectral(join(repoRoot, "generated", bundle))).toEqual([]);
  });
});
