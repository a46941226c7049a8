import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";

import type { GeneratedFiles } from "./generate-all.js";

/**
 * Compares freshly generated files with a folder; returns one sentence per file that is
 * missing, different or no longer generated.
 */
export async function findStaleFiles(expected: GeneratedFiles, folder: string): Promise<string[]> {
  const problems: string[] = [];
  const present = new Set(await listFiles(folder));

  for (const [name, content] of expected) {
    if (!present.has(name)) {
      problems.push(`generated/${name} is missing`);
    } else if ((await readFile(join(folder, name), "utf8")) !== content) {
      problems.push(`generated/${name} is stale`);
    }
  }

  for (const name of present) {
    if (!expected.has(name)) {
      problems.push(`generated/${name} is no longer generated`);
    }
  }

  return problems.sort();
}

async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });

  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)));
}
