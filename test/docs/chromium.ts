import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { chromium, type BrowserContext } from "playwright-core";

/** Debian's Chromium, which playwright-core drives; `CHROMIUM_PATH` points elsewhere. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Why the browser tests cannot run here, or undefined when they can. */
export function findMissingBrowser(): string | undefined {
  return existsSync(chromiumPath)
    ? undefined
    : `Chromium not found at ${chromiumPath} (apt-get install chromium, or set CHROMIUM_PATH)`;
}

const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-quic",
  "--disable-sync",
];

/** A headless Chromium with a fresh profile; `close()` also deletes the profile. */
export async function launchChromium(): Promise<{
  context: BrowserContext;
  close(): Promise<void>;
}> {
  const profile = await mkdtemp(join(tmpdir(), "netflix-docs-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
    viewport: { width: 1400, height: 900 },
  });

  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Whether a request stays on this machine: loopback hosts, or `data:` and `blob:` URLs. */
export function isLocalRequest(url: string): boolean {
  const { protocol, hostname } = new URL(url);

  if (protocol === "data:" || protocol === "blob:") {
    return true;
  }

  return ["127.0.0.1", "localhost", "[::1]"].includes(hostname);
}
