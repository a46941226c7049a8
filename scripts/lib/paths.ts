import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

/** The repository root, whatever the working directory of the calling process. */
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** The root file of the hand-written description. */
export const specRoot = join(repoRoot, "openapi", "openapi.yaml");

/** The folder of committed generated sources. */
export const generatedDir = join(repoRoot, "generated");

/** A binary installed in the project's node_modules. */
export function localBin(name: string): string {
  return join(repoRoot, "node_modules", ".bin", name);
}

/** Environment for Redocly commands: no telemetry, no update notice. */
export const redoclyEnv = {
  ...process.env,
  REDOCLY_TELEMETRY: "off",
  REDOCLY_SUPPRESS_UPDATE_NOTICE: "true",
};
