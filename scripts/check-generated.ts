/**
 * Regenerates every generated source into a scratch folder and fails, naming each stale file,
 * when the committed `generated/` differs.
 */
import { bundleSpec } from "./lib/bundle.js";
import { findStaleFiles } from "./lib/stale-files.js";
import { generateAll } from "./lib/generate-all.js";
import { logger } from "./lib/logger.js";
import { generatedDir } from "./lib/paths.js";

const stale = await findStaleFiles(await generateAll(await bundleSpec()), generatedDir);

if (stale.length > 0) {
  for (const problem of stale) {
    logger.error(problem);
  }

  logger.error("generated/ is stale: run `npm run generate` and commit the result");
  process.exitCode = 1;
} else {
  logger.info("generated/ is up to date");
}
