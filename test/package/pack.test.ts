import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const repoRoot = join(import.meta.dirname, "..", "..");
const tsc = join(repoRoot, "node_modules", "typescript", "bin", "tsc");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
let scratch = "";

const consumerSource = `import {
  createNetflixClient,
  LimitError,
  limits,
  type components,
} from "crmcom-netflix-api";
import type { paths } from "crmcom-netflix-api/schema";

type Charge = components["schemas"]["NetflixCharge"];
type ListPath = keyof paths;

const charge: Charge = { number: "NFC0000451", charge_status: "APPROVED" };
const path: ListPath = "/netflix/charges/list";
// @ts-expect-error the published types are real: DONE is no charge status
const wrong: Charge = { charge_status: "DONE" };

const client = createNetflixClient({
  baseUrl: "https://crm.example.net/crmapi/rest/v2",
  auth: { token: "GIVEN" },
  fetch: async (request: Request) =>
    new Response(JSON.stringify({ data: { charges_set: [charge] }, status: { code: "OK" } }), {
      status: 200,
      headers: { "Content-Type": "application/json" },
    }),
});

const query = { charge_status: "PROCESSED", offset: 0, number_of_results: 1 } as const;
const page = await client.charges.list(query);
const refused = await client.charges.acknowledgeBatch([]).catch((error: unknown) => error);

console.log(JSON.stringify({
  number: page.charges_set?.[0]?.number,
  path,
  wrong: wrong.charge_status,
  limitError: refused instanceof LimitError,
  maxAcknowledged: limits.acknowledgeCharges.acknowledged_charges_set.maxItems,
}));
`;

const plainSource = `import { createNetflixClient, NetflixApiError } from "crmcom-netflix-api";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const spec = require.resolve("crmcom-netflix-api/openapi.yaml");
const client = createNetflixClient({ baseUrl: "http://127.0.0.1:9", auth: { token: "T" } });

console.log(JSON.stringify({
  hasRaw: typeof client.raw.GET === "function",
  base: typeof NetflixApiError,
  spec: spec.endsWith("openapi.yaml"),
}));
`;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "client-package-"));

  const packDir = join(scratch, "pack");
  const appDir = join(scratch, "app");

  await mkdir(packDir);
  await mkdir(appDir);
  await run(npm, ["pack", "--pack-destination", packDir], { cwd: repoRoot });

  const [tarball] = await readdir(packDir);

  await writeFile(
    join(appDir, "package.json"),
    JSON.stringify({ name: "scratch-consumer", private: true, type: "module" }),
  );
  await run(
    npm,
    ["install", "--no-audit", "--no-fund", "--ignore-scripts", join(packDir, tarball ?? "")],
    { cwd: appDir },
  );
  await writeFile(join(appDir, "consumer.ts"), consumerSource);
  await writeFile(join(appDir, "plain.mjs"), plainSource);
  await writeFile(
    join(appDir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        lib: ["ES2023"],
        module: "NodeNext",
        moduleResolution: "NodeNext",
        strict: true,
        outDir: "out",
        types: ["node"],
        typeRoots: [join(repoRoot, "node_modules", "@types")],
      },
      files: ["consumer.ts"],
    }),
  );
}, 240_000);

afterAll(async () => {
  if (scratch) {
    await rm(scratch, { recursive: true, force: true });
  }
});

describe("published package", () => {
  it("type-checks and compiles a consumer of the client and the schema types", async () => {
    const appDir = join(scratch, "app");

    const compiled = await run(process.execPath, [tsc, "-p", "tsconfig.json"], {
      cwd: appDir,
    }).catch((error: { stdout?: string }) => ({ stdout: `FAILED ${error.stdout ?? ""}` }));

    expect(compiled.stdout).toBe("");

    const { stdout } = await run(process.execPath, [join(appDir, "out", "consumer.js")], {
      cwd: appDir,
    });

    expect(JSON.parse(stdout)).toEqual({
      number: "NFC0000451",
      path: "/netflix/charges/list",
      wrong: "DONE",
      limitError: true,
      maxAcknowledged: 50,
    });
  });

  it("imports as plain ESM in node and resolves the bundled spec", async () => {
    const appDir = join(scratch, "app");

    const { stdout } = await run(process.execPath, [join(appDir, "plain.mjs")], { cwd: appDir });

    expect(JSON.parse(stdout)).toEqual({ hasRaw: true, base: "function", spec: true });
  });
});
