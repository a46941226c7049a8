import { gzipSync } from "node:zlib";
import { join } from "node:path";

import { build } from "esbuild";

/** Bytes of a minified browser bundle, raw and gzipped. */
export interface BundleFigures {
  name: string;
  rawBytes: number;
  gzipBytes: number;
}

const repoRoot = join(import.meta.dirname, "..");

async function measureBundle(name: string, contents: string): Promise<BundleFigures> {
  const result = await build({
    stdin: { contents, resolveDir: repoRoot, sourcefile: `${name}.ts`, loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();

  return { name, rawBytes: code.byteLength, gzipBytes: gzipSync(code).byteLength };
}

/** Bundles the client and openapi-fetch alone the way a browser app would. */
export async function measureBundleSizes(): Promise<BundleFigures[]> {
  return [
    await measureBundle(
      "openapi-fetch alone",
      `import createClient from "openapi-fetch"; export const client = createClient({});`,
    ),
    await measureBundle(
      "crmcom-netflix-api client",
      `export { createNetflixClient } from "./src/index.ts";`,
    ),
  ];
}
