import { createServer, type Server } from "node:net";

import { afterEach, describe, expect, it } from "vitest";

import { isProcessRunning, waitUntilEnded } from "../../scripts/lib/mock-processes.js";
import { findFreePort } from "../../scripts/lib/prism.js";
import { killScript, runCommand, runScript, type ScriptProcess } from "./script-process.js";

const ready = /ready: (http:\/\/\S+)/;

let script: ScriptProcess | undefined;
let blocker: Server | undefined;

afterEach(async () => {
  await killScript(script);
  await new Promise((resolve) => (blocker ? blocker.close(resolve) : resolve(undefined)));
  script = undefined;
  blocker = undefined;
});

describe("npm run mock", () => {
  it("serves R12.0.0 without the device operations and stops on SIGTERM", async () => {
    script = runScript("mock.ts", ["--port", String(await findFreePort()), "--release", "R12.0.0"]);

    const [, baseUrl] = await script.waitForOutput(ready);
    const prismPids = script.prismPids();
    const promotions = await fetch(`${baseUrl}/netflix/promotions/list?token=t`);
    const devices = await fetch(`${baseUrl}/netflix/operators/register_devices`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        token: "t",
        group_identifier: { name: "g" },
        devices: [{ esn: "e" }],
      }),
    });

    expect(script.stderr()).toContain("Mock of R12.0.0 ready");
    expect(promotions.status).toBe(200);
    expect(devices.status).toBe(404);
    expect(((await devices.json()) as { type: string }).type).toMatch(/NO_PATH_MATCHED_ERROR$/);
    expect(prismPids).toHaveLength(1);

    script.child.kill("SIGTERM");

    expect(await script.exited).toBe(0);
    expect(prismPids.filter(isProcessRunning)).toEqual([]);
  });

  it("serves the latest bundle on the port of `MOCK_PORT` and stops on Ctrl-C", async () => {
    const port = await findFreePort();

    script = runScript("mock.ts", [], { MOCK_PORT: String(port) });

    const [, baseUrl] = await script.waitForOutput(ready);
    const prismPids = script.prismPids();
    const devices = await fetch(`${baseUrl}/netflix/operators/register_devices`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        token: "t",
        group_identifier: { name: "g" },
        devices: [{ esn: "e" }],
      }),
    });

    expect(baseUrl).toBe(`http://127.0.0.1:${port}`);
    expect(devices.status).toBe(200);

    script.child.kill("SIGINT");

    expect(await script.exited).toBe(0);
    expect(prismPids.filter(isProcessRunning)).toEqual([]);
  });

  it("runs through npm with `-- --release` and stops when npm gets SIGTERM", async () => {
    const port = await findFreePort();

    script = runCommand("npm", [
      "run",
      "mock",
      "--",
      "--port",
      String(port),
      "--release",
      "R12.0.0",
    ]);

    const [, baseUrl] = await script.waitForOutput(ready);
    const prismPids = script.prismPids();
    const devices = await fetch(`${baseUrl}/netflix/operators/unregister_devices`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });

    expect(devices.status).toBe(404);
    expect(prismPids).toHaveLength(1);

    script.child.kill("SIGTERM");
    await script.exited;

    expect(await waitUntilEnded(prismPids)).toEqual([]);
  });

  it("shows why Prism rejected a request with `--log`", async () => {
    script = runScript("mock.ts", ["--port", String(await findFreePort()), "--log"]);

    const [, baseUrl] = await script.waitForOutput(ready);

    await fetch(`${baseUrl}/netflix/promotions/list`);

    await script.waitForOutput(/Request query must have required property 'token'/);
  });

  it("names the port when it is in use", async () => {
    const port = await findFreePort();

    blocker = createServer();
    await new Promise((resolve) => blocker!.listen(port, "127.0.0.1", () => resolve(undefined)));
    script = runScript("mock.ts", ["--port", String(port)]);

    expect(await script.exited).toBe(1);
    expect(script.stderr()).toContain(
      `error: Port ${port} on 127.0.0.1 is already in use: stop what holds it or pass another port`,
    );
  });

  it("refuses a release the description does not cover", async () => {
    script = runScript("mock.ts", ["--release", "R11.0.0", "--port", "0"]);

    expect(await script.exited).toBe(1);
    expect(script.stderr()).toContain(
      "error: Release `R11.0.0` is not covered: use one of R12.0.0, R12.1.0",
    );
  });
});
