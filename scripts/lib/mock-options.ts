import { parseArgs } from "node:util";
import { join } from "node:path";

import { releases } from "../../generated/operations.js";
import { generatedDir, repoRoot } from "./paths.js";

/** Where and what the mock serves. */
export interface MockOptions {
  host: string;
  port: number;
  /** The release whose bundle is served; undefined serves the latest bundle. */
  release?: string;
  /** Whether Prism's own log is shown. */
  log: boolean;
}

/** What `npm start` serves: the mock, and the docs site on its own port. */
export interface StartOptions extends MockOptions {
  docsPort: number;
  /** The built docs site. */
  docsDir: string;
}

/**
 * Reads `--host`, `--port`, `--release` and `--log`, or `MOCK_HOST`, `MOCK_PORT`, `MOCK_RELEASE`
 * and `MOCK_LOG=true`.
 */
export function readMockOptions(argv: string[], env: NodeJS.ProcessEnv): MockOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      host: { type: "string" },
      port: { type: "string" },
      release: { type: "string" },
      log: { type: "boolean" },
    },
  });

  return {
    host: values.host ?? env.MOCK_HOST ?? "127.0.0.1",
    port: parsePort(values.port ?? env.MOCK_PORT ?? "4010", "--port"),
    release: checkRelease(values.release ?? env.MOCK_RELEASE),
    log: values.log ?? env.MOCK_LOG === "true",
  };
}

/**
 * Reads `--host`, `--mock-port`, `--docs-port`, `--docs-dir`, `--release` and `--log`, or
 * `MOCK_HOST`, `MOCK_PORT`, `DOCS_PORT`, `DOCS_DIR`, `MOCK_RELEASE` and `MOCK_LOG=true`.
 */
export function readStartOptions(argv: string[], env: NodeJS.ProcessEnv): StartOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      host: { type: "string" },
      "mock-port": { type: "string" },
      "docs-port": { type: "string" },
      "docs-dir": { type: "string" },
      release: { type: "string" },
      log: { type: "boolean" },
    },
  });

  return {
    host: values.host ?? env.MOCK_HOST ?? "127.0.0.1",
    port: parsePort(values["mock-port"] ?? env.MOCK_PORT ?? "4010", "--mock-port"),
    docsPort: parsePort(values["docs-port"] ?? env.DOCS_PORT ?? "8080", "--docs-port"),
    docsDir: values["docs-dir"] ?? env.DOCS_DIR ?? join(repoRoot, "dist", "site"),
    release: checkRelease(values.release ?? env.MOCK_RELEASE),
    log: values.log ?? env.MOCK_LOG === "true",
  };
}

/** The bundle the mock serves: the release's own bundle, or the latest one. */
export function mockDocumentPath(release: string | undefined): string {
  if (release === undefined) {
    return join(generatedDir, "openapi.yaml");
  }

  return join(generatedDir, "releases", release, "openapi.yaml");
}

function parsePort(value: string, flag: string): number {
  const port = Number(value);

  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`${flag} \`${value}\` is not a port: give a whole number from 0 to 65535`);
  }

  return port;
}

function checkRelease(release: string | undefined): string | undefined {
  const known: readonly string[] = releases;

  if (release !== undefined && !known.includes(release)) {
    throw new Error(`Release \`${release}\` is not covered: use one of ${known.join(", ")}`);
  }

  return release;
}
