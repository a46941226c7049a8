import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import type { OpenApiDocument } from "./openapi-document.js";
import { localBin, redoclyEnv, repoRoot, specRoot } from "./paths.js";
import { run } from "./run.js";

/** Bundles the split description into one document with `redocly bundle`. */
export async function bundleSpec(): Promise<OpenApiDocument> {
  const scratch = await mkdtemp(join(tmpdir(), "netflix-bundle-"));
  const output = join(scratch, "openapi.json");

  try {
    const result = await run(localBin("redocly"), ["bundle", specRoot, "--output", output], {
      cwd: repoRoot,
      env: redoclyEnv,
    });

    if (result.code !== 0) {
      throw new Error(`\`redocly bundle\` failed with exit code ${result.code}:\n${result.stderr}`);
    }

    return JSON.parse(await readFile(output, "utf8")) as OpenApiDocument;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
