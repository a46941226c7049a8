import { createServer, type Server } from "node:net";
import { join } from "node:path";

import { afterEach, describe, expect, it } from "vitest";

import { isProcessRunning } from "../../scripts/lib/mock-processes.js";
import { mockDocumentPath } from "../../scripts/lib/mock-options.js";
import { repoRoot } from "../../scripts/lib/paths.js";
import { findFreePort, startPrism, type RunningPrism } from "../../scripts/lib/prism.js";

let prism: RunningPrism | undefined;
let blocker: Server | undefined;

afterEach(async () => {
  await prism?.stop();
  await new Promise((resolve) => (blocker ? blocker.close(resolve) : resolve(undefined)));
  prism = undefined;
  blocker = undefined;
});

describe("startPrism", () => {
  it("picks a free port for port 0 and answers once ready", async () => {
    prism = await startPrism({ document: mockDocumentPath(undefined), port: 0 });

    const response = await fetch(`${prism.baseUrl}/netflix/promotions/list?token=t`);

    expect(prism.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(prism.baseUrl).not.toBe("http://127.0.0.1:0");
    expect(response.status).toBe(200);
  });

  it("names the port when it is in use", async () => {
    const port = await findFreePort();

    blocker = createServer();
    await new Promise((resolve) => blocker!.listen(port, "127.0.0.1", () => resolve(undefined)));

    await expect(startPrism({ document: mockDocumentPath(undefined), port })).rejects.toThrow(
      `Port ${port} on 127.0.0.1 is already in use: stop what holds it or pass another port`,
    );
  });

  it("leaves no process behind once stopped", async () => {
    prism = await startPrism({ document: mockDocumentPath(undefined), port: 0 });

    await prism.stop();

    expect(isProcessRunning(prism.pid)).toBe(false);
    await expect(prism.exited).resolves.toBeDefined();
  });

  it("names the document when it does not exist", async () => {
    await expect(startPrism({ document: "/nonexistent/openapi.yaml", port: 0 })).rejects.toThrow(
      "Prism cannot serve `/nonexistent/openapi.yaml`: it does not exist (run `npm run generate`)",
    );
  });

  it("reports Prism's own words when it exits before it is ready", async () => {
    await expect(
      startPrism({ document: join(repoRoot, "package.json"), port: 0, readyTimeout: 15_000 }),
    ).rejects.toThrow(
      /^Prism exited with code \d+ before it was ready at http:\/\/127\.0\.0\.1:\d+\nPrism said:/,
    );
  });
});
