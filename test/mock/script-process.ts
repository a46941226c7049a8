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
  /** Settles with the exit code, or the signal that ended the process. */
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
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const exited = new Promise<number | NodeJS.Signals | null>((resolve) =>
    child.once("exit", (code, signal) => resolve(code ?? signal)),
  );

  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));

  return {
    child,
    stderr: () => output,
    exited,
    prismPids: () => listPrismProcessesUnder(child.pid!).map((prism) => prism.pid),
    waitForOutput: (pattern, timeout = 20_000) =>
      new Promise((resolve, reject) => {
        const check = (): void => {
          const match = output.match(pattern);

          if (match) {
            clearInterval(poll);
            clearTimeout(timer);
            resolve(match);
          }
        };
        const poll = setInterval(check, 50);
        const timer = setTimeout(() => {
          clearInterval(poll);
          reject(
            new Error(`No ${pattern} in the output of ${name} within ${timeout} ms:\n${output}`),
          );
        }, timeout);

        void exited.then(() =>
          setTimeout(() => {
            check();
            clearInterval(poll);
            clearTimeout(timer);
            reject(new Error(`${name} exited before printing ${pattern}:\n${output}`));
          }, 100),
        );
      }),
  };
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
