/**
 * Builds the offline docs site into `dist/site/`: one API reference page per release, with the
 * guides of `docs/`, and a landing page that links them.
 */
import { relative } from "node:path";

import { buildSite, siteDir } from "./lib/docs-build-site.js";
import { logger } from "./lib/logger.js";
import { repoRoot } from "./lib/paths.js";

const startedAt = performance.now();

try {
  const pages = await buildSite();
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);

  for (const page of pages) {
    logger.info(`  ${page.path}  ${(page.bytes / 1024).toFixed(0)} KiB`);
  }

  logger.info(`Built the docs site in ${relative(repoRoot, siteDir)}/ in ${seconds} s`);
} catch (error) {
  logger.error((error as Error).message);
  process.exit(1);
}
