import { mkdir } from "node:fs/promises";
import { join } from "node:path";

import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { inferredBadgeName, releaseBadgeName } from "../../scripts/lib/docs-decorate.js";
import { buildSite, readReleaseDocuments, siteDir } from "../../scripts/lib/docs-build-site.js";
import { readGuides, type Guide } from "../../scripts/lib/docs-guides.js";
import type { ReleaseDocuments } from "../../scripts/lib/docs-release-notes.js";
import { repoRoot } from "../../scripts/lib/paths.js";
import { startStaticServer, type RunningStaticServer } from "../../scripts/lib/static-server.js";
import { findMissingBrowser, isLocalRequest, launchChromium } from "./chromium.js";
import { listOperations } from "../../scripts/lib/openapi-document.js";
import {
  entryFor,
  expectedSummaries,
  menuItem,
  readNavigation,
  tagNames,
  waitUntilRendered,
  waitUntilShown,
} from "./reference-page.js";

const missingBrowser = findMissingBrowser();
const mustRun = Boolean(process.env.CI);
const screenshotDir = join(repoRoot, "dist", "screenshots");

const skipReason = missingBrowser && !mustRun ? missingBrowser : undefined;

if (skipReason) {
  console.warn(`Skipping the docs browser tests: ${skipReason}`);
}

describe.skipIf(skipReason !== undefined)(
  `docs site in Chromium${skipReason ? ` (skipped: ${skipReason})` : ""}`,
  () => {
    let server: RunningStaticServer;
    let browser: Awaited<ReturnType<typeof launchChromium>>;
    let context: BrowserContext;
    let releases: ReleaseDocuments;
    let guides: Guide[];
    const requests: string[] = [];

    beforeAll(async () => {
      if (missingBrowser) {
        throw new Error(`CI must run the docs browser tests: ${missingBrowser}`);
      }

      await buildSite();
      releases = await readReleaseDocuments();
      guides = await readGuides();
      server = await startStaticServer({ root: siteDir });
      browser = await launchChromium();
      context = browser.context;
      context.on("request", (request) => requests.push(request.url()));
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    async function openPage(path: string) {
      const page = await context.newPage();

      await page.goto(`${server.url}/${path}`, { waitUntil: "networkidle" });

      return page;
    }

    it.each(["R12.0.0", "R12.1.0"])(
      "lists every %s operation in the navigation",
      async (release) => {
        const document = releases.find(([name]) => name === release)![1];
        const expected = expectedSummaries(document);
        const page = await openPage(`${release}/index.html`);
        const navigation = await readNavigation(page, tagNames(document));
        const found = expected.filter((summary) => entryFor(navigation, summary) !== undefined);

        console.log(
          `${release}: ${found.length} of ${expected.length} operations in the navigation`,
        );
        expect(found).toEqual(expected);
        await page.close();
      },
    );

    it("shows the R12.1.0 badge on the device operations", async () => {
      const document = releases.at(-1)![1];
      const summaries = listOperations(document)
        .filter(({ operation }) => operation["x-available-from"] === "R12.1.0")
        .map(({ operation }) => String(operation.summary));
      const badge = releaseBadgeName("R12.1.0");
      const page = await openPage("R12.1.0/index.html");
      const navigation = await readNavigation(page, ["Operators"]);

      expect(summaries).toHaveLength(2);

      for (const summary of summaries) {
        expect(entryFor(navigation, summary), summary).toContain(badge);

        await page.locator(menuItem).getByText(summary, { exact: true }).click();

        const heading = page.locator("h1, h2").filter({ hasText: summary }).first();
        const headingBadge = heading.locator("xpath=..").getByText(badge, { exact: true });

        await expect.poll(() => headingBadge.first().isVisible(), { timeout: 10_000 }).toBe(true);
      }

      await page.close();
    });

    it("leaves the R12.1.0 device operations out of the R12.0.0 page", async () => {
      const page = await openPage("R12.0.0/index.html");
      const navigation = await readNavigation(page, tagNames(releases[0]![1]));

      expect(entryFor(navigation, "Register devices with a Netflix operator")).toBeUndefined();
      await page.close();
    });

    it.each(["R12.0.0", "R12.1.0"])(
      "warns that the %s cancel path is inferred",
      async (release) => {
        const page = await openPage(`${release}/index.html`);
        const navigation = await readNavigation(page, ["Subscriptions"]);
        const entry = entryFor(navigation, "Cancel a Netflix subscriber (inferred path)");

        const badge = page
          .locator('[data-component-name="Tag/Tag"]')
          .filter({ hasText: new RegExp(`^${inferredBadgeName}$`, "i") })
          .first();

        // Redoc capitalises badge text, so compare without case.
        expect(entry?.toLowerCase()).toContain(inferredBadgeName.toLowerCase());
        expect(await badge.getAttribute("class")).toContain("tag-warning");
        await page.close();
      },
    );

    it("finds the acknowledge operation with the search box", async () => {
      const page = await openPage("R12.1.0/index.html");

      await page.getByTestId("search-trigger").click();
      await page.getByPlaceholder("Search docs...").fill("acknowledge");

      const results = page.locator('[data-component-name="Search/SearchItem"]');

      await results.first().waitFor();
      expect((await results.allInnerTexts()).join("\n")).toContain("Acknowledge received charges");
      await page.close();
    });

    it("reaches every guide from the landing page", async () => {
      const page = await openPage("index.html");
      const links = page.locator("#guides a");

      expect(await links.allInnerTexts()).toEqual(guides.map((guide) => guide.title));

      for (const guide of guides) {
        await page.goto(`${server.url}/index.html`, { waitUntil: "networkidle" });
        await links.getByText(guide.title, { exact: true }).click();
        await page.waitForURL(`**/R12.1.0/index.html#/${guide.slug}`);

        const heading = page.locator("h1, h2").filter({ hasText: guide.title });

        await expect.poll(() => heading.first().isVisible(), { timeout: 10_000 }).toBe(true);
      }

      await page.close();
    }, 90_000);

    it.each(["R12.0.0", "R12.1.0"])("lists every guide in the %s navigation", async (release) => {
      const page = await openPage(`${release}/index.html`);
      const navigation = await readNavigation(page, []);

      for (const guide of guides) {
        expect(navigation, guide.title).toContain(guide.title);
      }

      await page.close();
    });

    it.each(["R12.0.0", "R12.1.0"])("saves a screenshot of the %s reference", async (release) => {
      const page = await openPage(`${release}/index.html`);
      const path = join(screenshotDir, `reference-${release}.png`);

      await waitUntilRendered(page, guides[0]!.title);

      await mkdir(screenshotDir, { recursive: true });
      expectPainted(await page.screenshot({ path }));
      console.log(`Screenshot: ${path}`);

      // A second picture shows the badges where they matter most: on the inferred operation.
      const cancel = "Cancel a Netflix subscriber (inferred path)";
      const cancelPath = join(screenshotDir, `cancel-${release}.png`);

      await readNavigation(page, ["Subscriptions"]);
      await page.locator(menuItem).getByText(cancel, { exact: true }).click();
      await waitUntilShown(page, cancel);
      expectPainted(await page.screenshot({ path: cancelPath }));
      console.log(`Screenshot: ${cancelPath}`);
      await page.close();
    });

    it("sends no request beyond this machine", () => {
      const remote = requests.filter((url) => !isLocalRequest(url));

      console.log(`${requests.length} requests recorded, ${remote.length} left the machine`);
      expect(requests.length).toBeGreaterThan(0);
      expect(remote).toEqual([]);
    });
  },
);

/**
 * Fails on a blank picture: a white 1400x900 page encodes to about 6 KB of PNG, a drawn
 * reference page to well over 100 KB.
 */
function expectPainted(png: Buffer): void {
  expect(png.length).toBeGreaterThan(40_000);
}
