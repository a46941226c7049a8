import type { Page } from "playwright-core";

import type { OpenApiDocument } from "../../scripts/lib/openapi-document.js";
import { listOperations } from "../../scripts/lib/openapi-document.js";

/** A navigation entry of a Redoc page. */
export const menuItem = '[data-component-name="Menu/MenuItem"]';

/** The text of every navigation entry, after opening each API tag in turn (one opens at a time). */
export async function readNavigation(page: Page, tags: string[]): Promise<string[]> {
  const texts = new Set(await page.locator(menuItem).allInnerTexts());

  for (const tag of tags) {
    await page.locator(menuItem).getByText(tag, { exact: true }).first().click();
    await page.locator(menuItem).nth(0).waitFor();

    for (const text of await page.locator(menuItem).allInnerTexts()) {
      texts.add(text);
    }
  }

  return [...texts];
}

/** The operation summaries a release page must list, read from the release bundle. */
export function expectedSummaries(document: OpenApiDocument): string[] {
  return listOperations(document).map(({ operation }) => String(operation.summary));
}

/** The tags of the bundle, which the navigation shows as openable groups. */
export function tagNames(document: OpenApiDocument): string[] {
  return (document.tags ?? []).map((tag) => tag.name);
}

/** The innermost navigation entry with a line that reads `summary`: the operation's own entry. */
export function entryFor(texts: string[], summary: string): string | undefined {
  const matches = texts.filter((text) => text.split("\n").includes(summary));

  return matches.sort((left, right) => left.length - right.length)[0];
}

/** Waits until Redoc has hydrated the page: the search box is ready and the sections are drawn. */
export async function waitUntilRendered(page: Page, firstSection: string): Promise<void> {
  await page.getByTestId("search-trigger").filter({ hasText: "Search" }).waitFor();
  await page.locator("h1, h2").filter({ hasText: firstSection }).first().waitFor();
}

/**
 * Waits until the heading that reads `title` sits inside the viewport and two frames have been
 * painted: after a navigation click Redoc scrolls and draws late, and a screenshot taken at once
 * comes out blank.
 */
export async function waitUntilShown(page: Page, title: string): Promise<void> {
  const heading = page.locator("h1, h2").filter({ hasText: title }).first();
  const height = page.viewportSize()?.height ?? 0;

  await heading.waitFor({ state: "visible" });

  for (let attempt = 0; attempt < 50; attempt += 1) {
    const box = await heading.boundingBox();

    if (box && box.y >= 0 && box.y < height) {
      break;
    }

    await page.waitForTimeout(100);
  }

  await page.evaluate(
    "new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))",
  );
}
