import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const repoRoot = join(import.meta.dirname, "..", "..");
const tsc = join(repoRoot, "node_modules", "typescript", "bin", "tsc");
const folders: string[] = [];

async function compile(project: string): Promise<{ ok: boolean; output: string }> {
  try {
    const { stdout } = await run(process.execPath, [tsc, "--noEmit", "-p", project], {
      cwd: repoRoot,
    });

    return { ok: true, output: stdout };
  } catch (error) {
    return { ok: false, output: String((error as { stdout?: string }).stdout ?? error) };
  }
}

afterAll(async () => {
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

describe("client types", () => {
  it("refuse every call marked with @ts-expect-error, and accept the rest", async () => {
    const result = await compile(join(import.meta.dirname, "client-tsconfig.json"));

    expect(result.output).toBe("");
    expect(result.ok).toBe(true);
  });

  it("report the expected errors once the markers are removed", async () => {
    const folder = await mkdtemp(join(tmpdir(), "client-types-"));
    const source = await readFile(join(import.meta.dirname, "client-surface.ts"), "utf8");
    const stripped = source
      .split("\n")
      .filter((line) => !line.includes("@ts-expect-error"))
      .join("\n")
      .replace("../../src/index.js", join(repoRoot, "src", "index.js"));

    folders.push(folder);
    await writeFile(join(folder, "client-surface.ts"), stripped);
    await writeFile(
      join(folder, "tsconfig.json"),
      JSON.stringify({
        extends: join(repoRoot, "tsconfig.json"),
        compilerOptions: { noEmit: true, typeRoots: [join(repoRoot, "node_modules", "@types")] },
        include: ["client-surface.ts"],
        exclude: [],
      }),
    );

    const result = await compile(join(folder, "tsconfig.json"));
    const errors = [...result.output.matchAll(/\((\d+),\d+\): error (TS\d+): (.*)/g)].map(
      (match) => `${match[2]} ${match[3]}`,
    );

    expect(result.ok).toBe(false);
    expect(errors).toHaveLength(5);
    expect(errors[0]).toMatch(
      /^TS2322 Type '"DONE"' is not assignable to type '"NOT_PROCESSED" \| "PROCESSED"'/,
    );
    expect(errors[1]).toMatch(/^TS2345 Argument of type '\{\}' is not assignable/);
    expect(result.output).toContain("Property 'billing_system_customer_identifier' is missing");
    expect(errors[2]).toMatch(/^TS2322 Type '"FAX"' is not assignable/);
    expect(errors[3]).toMatch(/^TS2741 .*billing_system_customer_identifier/);
    expect(errors[4]).toMatch(/^TS2353 .*'token' does not exist/);
  });
});
