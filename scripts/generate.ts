/**
 * Writes every generated source under `generated/` (or under `--out <dir>`): the bundles of the
 * latest release and of each release, the TypeScript types, the limits and the operation table.
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";

import { bundleSpec } from "./lib/bundle.js";
import { generateAll } from "./lib/generate-all.js";
import { logger } from "./lib/logger.js";
import { generatedDir, repoRoot } from "./lib/paths.js";

const { values } = parseArgs({ options: { out: { type: "string" } } });
const outDir = values.out ? resolve(values.out) : generatedDir;

const files = await generateAll(await bundleSpec());

await rm(join(outDir, "releases"), { recursive: true, force: true });

for (const [name, content] of files) {
  const target = join(outDir, name);

  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, content);
}

logger.info(`Wrote ${files.size} files to ${relative(repoRoot, outDir) || "."}`);
