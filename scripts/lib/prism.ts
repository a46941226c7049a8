import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";

import { portError } from "./port-error.js";
import { repoRoot } from "./paths.js";

export interface PrismOptions {
  /** The bundled description to serve. */
  document: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** How long to wait for the first HTTP answer, in milliseconds. */
  readyTimeout?: number;
  /** Copies Prism's log (why a request was rejected, unknown routes) to this process's stderr. */
  log?: boolean;
}

export interface RunningPrism {
  baseUrl: string;
  pid: number;
  /** Stops the mock and waits until its process has exited. */
  stop(): Promise<void>;
  /** Settles with the exit code (null after a signal) once the process has ended. */
  exited: Promise<number | null>;
}

const prismCli = join(repoRoot, "node_modules", "@stoplight", "prism-cli", "dist", "index.js");

const orphanGuard = join(repoRoot, "scripts", "lib", "mock-orphan-guard.mjs");

/**
 * Starts a Prism mock of `document` as a single Node.js process and resolves once it answers
 * HTTP. Fails with a message naming the port when the port is taken.
 */
export async function startPrism(options: PrismOptions): Promise<RunningPrism> {
  const host = options.host ?? "127.0.0.1";
  const port = options.port === 0 ? await findFreePort(host) : (options.port ?? 4010);
  const baseUrl = `http://${host}:${port}`;

  if (!/^https?:\/\//.test(options.document) && !existsSync(options.document)) {
    throw new Error(
      `Prism cannot serve \`${options.document}\`: it does not exist (run \`npm run generate\`)`,
    );
  }

  await assertPortFree(host, port);

  const child = spawnPrism(options.document, host, port, options.log ?? false);
  const stderr: string[] = [];

  child.stderr?.on("data", (chunk: Buffer) => stderr.push(chunk.toString("utf8")));

  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  const running: RunningPrism = {
    baseUrl,
    pid: child.pid ?? -1,
    stop: () => stopChild(child),
    exited,
  };

  try {
    await waitUntilReady(baseUrl, child, options.readyTimeout ?? 20_000);
  } catch (error) {
    await running.stop();

    throw explainFailure(error as Error, stderr.join("").trim(), host, port);
  }

  return running;
}

/** Finds a free TCP port on the host, for tests that start their own mock. */
export function findFreePort(host = "127.0.0.1"): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();

    server.once("error", reject);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;

      server.close(() => resolve(port));
    });
  });
}

function spawnPrism(document: string, host: string, port: number, log: boolean): ChildProcess {
  // Prism forks a second server process when multiprocess is on (the default under
  // NODE_ENV=production); one process is what lets `stop()` end everything it started.
  const args = [
    "mock",
    document,
    "--host",
    host,
    "--port",
    String(port),
    "--multiprocess",
    "false",
  ];

  // The guard ends Prism when this process dies without stopping it (a crash, a killed test
  // worker), through the stdin pipe that closes with this process.
  return spawn(process.execPath, ["--import", orphanGuard, prismCli, ...args, "-v", "warn"], {
    stdio: ["pipe", log ? process.stderr : "ignore", "pipe"],
  });
}

function explainFailure(error: Error, output: string, host: string, port: number): Error {
  // Another process can take the port between the check and Prism's own listen.
  if (output.includes("EADDRINUSE")) {
    return portError(host, port);
  }

  return new Error(`${error.message}${output ? `\nPrism said:\n${output}` : ""}`);
}

function assertPortFree(host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = createServer();

    server.once("error", (error: NodeJS.ErrnoException) => {
      reject(portError(host, port, error.code));
    });
    server.listen(port, host, () => server.close(() => resolve()));
  });
}

async function waitUntilReady(
  baseUrl: string,
  child: ChildProcess,
  timeout: number,
): Promise<void> {
  const deadline = Date.now() + timeout;

  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`Prism exited with code ${child.exitCode} before it was ready at ${baseUrl}`);
    }

    try {
      await fetch(baseUrl, { signal: AbortSignal.timeout(1_000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  throw new Error(`Prism did not answer at ${baseUrl} within ${timeout} ms`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve();
  }

  return new Promise((resolve) => {
    const forceKill = setTimeout(() => child.kill("SIGKILL"), 5_000);

    child.once("exit", () => {
      clearTimeout(forceKill);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
