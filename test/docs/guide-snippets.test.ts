import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { readGuides, type Guide } from "../../scripts/lib/docs-guides.js";
import { repoRoot } from "../../scripts/lib/paths.js";
import { typecheck } from "../support/typecheck.js";
import { extractSnippets, toModule, type Snippet } from "./guide-snippets.js";

let guides: Guide[];
let scratch: string;

beforeAll(async () => {
  guides = await readGuides();
  scratch = await mkdtemp(join(tmpdir(), "netflix-guide-snippets-"));
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** Type-checks one module per group of snippets against `src/`; returns every problem found. */
async function typeCheck(groups: Map<string, Snippet[]>): Promise<string[]> {
  const files: string[] = [];

  for (const [name, snippets] of groups) {
    const file = join(scratch, `${name}.ts`);

    await writeFile(file, toModule(snippets));
    files.push(file);
  }

  const problems = typecheck(files, {
    compilerOptions: { paths: { "crmcom-netflix-api": [join(repoRoot, "src", "index.ts")] } },
  });

  return problems.map(
    ({ file, line, message }) => `${file.replace(scratch, "docs")}:${line}: ${message}`,
  );
}

describe("guide snippets", () => {
  it("type-check against the client in src/", async () => {
    const groups = new Map(guides.map((guide) => [guide.slug, extractSnippets([guide])]));

    for (const [slug, snippets] of groups) {
      if (snippets.length === 0) {
        groups.delete(slug);
      }
    }

    expect(groups.size).toBeGreaterThan(3);
    expect(await typeCheck(groups)).toEqual([]);
  }, 60_000);

  it("reports a call the client does not have", async () => {
    const snippet = { guide: "fake", index: 0, code: "await client.charges.settle();\n" };
    const problems = await typeCheck(new Map([["fake", [snippet]]]));

    expect(problems.join("\n")).toContain("Property 'settle' does not exist");
  }, 60_000);
});
