import { describe, expect, it } from "vitest";

import { bundleSpec } from "../scripts/lib/bundle.js";
import { generateAll } from "../scripts/lib/generate-all.js";
import { generatedDir } from "../scripts/lib/paths.js";
import { findStaleFiles } from "../scripts/lib/stale-files.js";

describe("generated/", () => {
  it("matches what the description generates today", async () => {
    const stale = await findStaleFiles(await generateAll(await bundleSpec()), generatedDir);

    expect(stale, "run `npm run generate` and commit the result").toEqual([]);
  });
});
