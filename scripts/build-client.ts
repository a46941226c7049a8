/**
 * Compiles the client (`src/`) and the generated limits and operation table to `dist/`, then
 * copies `generated/schema.d.ts`, which tsc reads but never copies.
 */
import { copyFile, rm } from "node:fs/promises";
import { join } from "node:path";

import { logger } from "./lib/logger.js";
import { repoRoot } from "./lib/paths.js";
import { run } from "./lib/run.js";

const distDir = join(repoRoot, "dist");
const tsc = join(repoRoot, "node_modules", "typescript", "bin", "tsc");

// Only the client's folders: dist/ also holds other build outputs, such as the docs site.
await rm(join(distDir, "src"), { recursive: true, force: true });
await rm(join(distDir, "generated"), { recursive: true, force: true });

const result = await run(process.execPath, [tsc, "-p", join(repoRoot, "tsconfig.build.json")], {
  cwd: repoRoot,
});

if (result.code !== 0) {
  logger.error(`tsc failed to build the client:\n${result.stdout}${result.stderr}`);
  process.exit(1);
}

await copyFile(
  join(repoRoot, "generated", "schema.d.ts"),
  join(distDir, "generated", "schema.d.ts"),
);

logger.info("Built the client into dist/src and dist/generated");
