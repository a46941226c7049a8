import { readFileSync } from "node:fs";
import { join } from "node:path";

import type { OpenApiDocument } from "../../scripts/lib/openapi-document.js";
import { generatedDir } from "../../scripts/lib/paths.js";

/** Reads the generated JSON bundle of a release, or the latest bundle. */
export function readBundle(release?: string): OpenApiDocument {
  const file =
    release === undefined
      ? join(generatedDir, "openapi.json")
      : join(generatedDir, "releases", release, "openapi.json");

  return JSON.parse(readFileSync(file, "utf8")) as OpenApiDocument;
}
