import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";

import { isProcessRunning, listPrismProcessesUnder } from "../../scripts/lib/mock-processes.js";
import { repoRoot } from "../../scripts/lib/paths.js";

/** A build script running as one Node.js process, with its output collected as it comes. */
export interface ScriptProcess {
  child: ChildProcess;
  /** Everything the script wrote to stderr so far. */
  stderr(): string;
  /** Resolves with the first match of `pattern` in stderr; rejects after `timeout` ms. */
  waitForOutput(pattern: RegExp, timeout?: number): Promise<RegExpMatchArray>;
  /** Settles with the exit code, or the signal that ended the process, once its output is in. */
  exited: Promise<number | NodeJS.Signals | null>;
  /** The Prism processes the script started, directly or not, while they run. */
  prismPids(): number[];
}

/** Runs `scripts/<name>` through tsx's loader, so that Prism is a direct child of its pid. */
export function runScript(
  name: string,
  args: string[] = [],
  env: NodeJS.ProcessEnv = {},
): ScriptProcess {
  return runCommand(process.execPath, ["--import", "tsx", join("scripts", name), ...args], env);
}

/** Runs any command from the repository root, such as `npm run mock`. */
export function runCommand(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): ScriptProcess {
  const name = [command, ...args].join(" ");
  const child = spawn(command, args, {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let output = "";
  let closed = false;

  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));

  // `close` rather than `exit`: it comes once stderr is read to the end, so assertions on the
  // output after the exit see all of it.
  const exited = new Promise<number | NodeJS.Signals | null>((resolve) =>
    child.once("close", (code, signal) => {
      closed = true;
      resolve(code ?? signal);
    }),
  );

  return {
    child,
    stderr: () => output,
    exited,
    prismPids: () => listPrismProcessesUnder(child.pid!).map((prism) => prism.pid),
    waitForOutput: (pattern, timeout = 20_000) =>
      waitForMatch(
        () => output,
        () => closed,
        pattern,
        timeout,
        name,
      ),
  };
}

async function waitForMatch(
  read: () => string,
  isClosed: () => boolean,
  pattern: RegExp,
  timeout: number,
  name: string,
): Promise<RegExpMatchArray> {
  const deadline = Date.now() + timeout;

  for (;;) {
    // Read the closed flag first: output that arrived before the close is then already in.
    const closedBefore = isClosed();
    const match = read().match(pattern);

    if (match) {
      return match;
    }

    if (closedBefore) {
      throw new Error(`${name} exited before printing ${pattern}:\n${read()}`);
    }

    if (Date.now() > deadline) {
      throw new Error(`No ${pattern} in the output of ${name} within ${timeout} ms:\n${read()}`);
    }

    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Ends a script that a failed test left running, and any Prism it started, and waits. */
export async function killScript(script: ScriptProcess | undefined): Promise<void> {
  if (!script || script.child.exitCode !== null || script.child.signalCode !== null) {
    return;
  }

  const prismPids = script.prismPids();

  script.child.kill("SIGTERM");
  await Promise.race([script.exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
  script.child.kill("SIGKILL");
  await script.exited;

  for (const pid of prismPids.filter(isProcessRunning)) {
    process.kill(pid, "SIGKILL");
  }
}
