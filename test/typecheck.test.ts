import { describe, expect, it } from "vitest";

import { localBin, repoRoot } from "../scripts/lib/paths.js";
import { run } from "../scripts/lib/run.js";

// vitest strips types without checking them, so a type error in src/, scripts/ or the tests
// themselves would otherwise pass the suite unnoticed.
describe("the TypeScript project", () => {
  it("type-checks with the strict root tsconfig", async () => {
    const result = await run(localBin("tsc"), ["--noEmit", "--pretty", "false"], {
      cwd: repoRoot,
    });

    expect(result.stdout + result.stderr).toBe("");
    expect(result.code).toBe(0);
  });
});
