import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterEach, describe, expect, it } from "vitest";

import { isProcessRunning, waitUntilEnded } from "../../scripts/lib/mock-processes.js";
import { localBin, repoRoot } from "../../scripts/lib/paths.js";
import { findFreePort } from "../../scripts/lib/prism.js";
import { run } from "../../scripts/lib/run.js";
import { killScript, runScript, type ScriptProcess } from "./script-process.js";

let script: ScriptProcess | undefined;
let scratch: string | undefined;

afterEach(async () => {
  await killScript(script);
  await rm(scratch ?? "", { recursive: true, force: true });
  script = undefined;
  scratch = undefined;
});

describe("Prism clean-up", () => {
  it("ends the mock of a test run that failed without stopping it", async () => {
    scratch = await mkdtemp(join(tmpdir(), "prism-clean-up-"));
    const pidFile = join(scratch, "prism.pid");
    const config = join("test", "mock", "fixtures", "vitest.config.ts");
    const { code } = await run(localBin("vitest"), ["run", "--config", config], {
      cwd: repoRoot,
      env: { ...process.env, PRISM_PID_FILE: pidFile, CONTRACT_BASE_URL: "" },
    });
    const pid = Number(await readFile(pidFile, "utf8"));

    expect(code).toBe(1);
    expect(pid).toBeGreaterThan(0);
    expect(await waitUntilEnded([pid])).toEqual([]);
  });

  it("ends the mock when the script that started it is killed outright", async () => {
    script = runScript("mock.ts", ["--port", String(await findFreePort())]);
    await script.waitForOutput(/ready: /);

    const prismPids = script.prismPids();

    script.child.kill("SIGKILL");
    await script.exited;

    expect(prismPids).toHaveLength(1);
    expect(await waitUntilEnded(prismPids)).toEqual([]);
    expect(prismPids.some(isProcessRunning)).toBe(false);
  });
});
