import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import type { OpenApiDocument } from "./openapi-document.js";
import { localBin, redoclyEnv } from "./paths.js";
import { run } from "./run.js";

// Stacked puts examples under each operation instead of in a third column, which leaves the
// guides and their tables the full width; readers can switch back with the sidebar's buttons.
const redocOptions = { layout: "stacked" };

/**
 * Renders one document to a standalone Redoc page with `redocly build-docs --inlineBundle`, so
 * that the renderer is embedded instead of loaded from Redocly's CDN.
 */
export async function renderReference(document: OpenApiDocument, title: string): Promise<string> {
  // A scratch folder as the working directory keeps the repository's lint config and plugins out
  // of the docs build.
  const scratch = await mkdtemp(join(tmpdir(), "netflix-docs-"));

  try {
    await writeFile(join(scratch, "openapi.json"), JSON.stringify(document));

    const result = await run(
      localBin("redocly"),
      [
        "build-docs",
        "openapi.json",
        "--inlineBundle",
        "--title",
        title,
        "--output",
        "index.html",
        "--openapi",
        JSON.stringify(redocOptions),
      ],
      { cwd: scratch, env: redoclyEnv },
    );

    if (result.code !== 0) {
      throw new Error(
        `\`redocly build-docs\` failed with exit code ${result.code} for "${title}":\n` +
          result.stderr,
      );
    }

    return await readFile(join(scratch, "index.html"), "utf8");
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
