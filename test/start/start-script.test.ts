import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { isProcessRunning } from "../../scripts/lib/mock-processes.js";
import { findFreePort } from "../../scripts/lib/prism.js";
import { readBundle } from "../contract/bundle.js";
import { killScript, runScript, type ScriptProcess } from "../mock/script-process.js";

/** The response example the mock must answer `promotions/list` with. */
function readPromotionsExample(): unknown {
  const operation = readBundle().paths["/netflix/promotions/list"]!.get!;
  const responses = operation.responses as Record<
    string,
    { content: Record<string, { examples: Record<string, { value: unknown }> }> }
  >;

  return responses["200"]!.content["application/json"]!.examples.upstream!.value;
}

const documentedPromotions = readPromotionsExample();

let script: ScriptProcess | undefined;
let siteDir: string;

beforeEach(async () => {
  siteDir = await mkdtemp(join(tmpdir(), "start-site-"));
  await writeFile(join(siteDir, "index.html"), "<title>Netflix partner API</title>");
});

afterEach(async () => {
  await killScript(script);
  await rm(siteDir, { recursive: true, force: true });
  script = undefined;
});

describe("scripts/start.ts", () => {
  it("serves the docs site and the mock, prints both URLs and stops both on SIGTERM", async () => {
    script = runScript("start.ts", [], {
      MOCK_PORT: String(await findFreePort()),
      DOCS_PORT: "0",
      DOCS_DIR: siteDir,
    });

    const [, mockUrl] = await script.waitForOutput(/Mock server \(latest release\): (\S+)/);
    const [, docsUrl] = await script.waitForOutput(/Docs site: (\S+)/);
    const prismPids = script.prismPids();
    const promotions = await fetch(`${mockUrl}/netflix/promotions/list?token=contract-token`);
    const docs = await fetch(docsUrl!);

    expect(promotions.status).toBe(200);
    expect(await promotions.json()).toEqual(documentedPromotions);
    expect(await docs.text()).toContain("Netflix partner API");
    expect(prismPids).toHaveLength(1);

    script.child.kill("SIGTERM");

    expect(await script.exited).toBe(0);
    expect(prismPids.filter(isProcessRunning)).toEqual([]);
    await expect(fetch(docsUrl!)).rejects.toThrow();
  });

  it("says the docs site is not built and still serves the mock", async () => {
    const missing = join(siteDir, "missing");

    script = runScript("start.ts", ["--mock-port", "0", "--docs-dir", missing]);

    const [, mockUrl] = await script.waitForOutput(/Mock server \(latest release\): (\S+)/);

    expect(script.stderr()).toContain(`Docs site: not built (${missing} is missing;`);
    expect((await fetch(`${mockUrl}/netflix/promotions/list?token=t`)).status).toBe(200);

    script.child.kill("SIGINT");

    expect(await script.exited).toBe(0);
  });

  it("names the docs port when it is in use and starts no mock", async () => {
    const blocker = createServer();
    const port = await findFreePort();

    await new Promise((resolve) => blocker.listen(port, "127.0.0.1", () => resolve(undefined)));

    try {
      script = runScript("start.ts", ["--mock-port", "0", "--docs-port", String(port)], {
        DOCS_DIR: siteDir,
      });

      expect(await script.exited).toBe(1);
      expect(script.stderr()).toContain(
        `error: Port ${port} on 127.0.0.1 is already in use: ` +
          "stop what holds it or pass another port",
      );
      expect(script.stderr()).not.toContain("Mock server");
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });
});
