import { copyFile, mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";

import { releases } from "../../generated/operations.js";
import { decorateForDocs } from "./docs-decorate.js";
import { readGuides } from "./docs-guides.js";
import { releasePagePath, renderLandingPage } from "./docs-landing-page.js";
import { findRemoteLoads, makeOffline } from "./docs-offline.js";
import { addPageStyle } from "./docs-page-style.js";
import type { ReleaseDocuments } from "./docs-release-notes.js";
import { renderReference } from "./docs-render-reference.js";
import { listOperations, type OpenApiDocument } from "./openapi-document.js";
import { generatedDir, repoRoot } from "./paths.js";

/** Where the docs site is built. */
export const siteDir = join(repoRoot, "dist", "site");

/** One written page, by its path relative to the site root, with its size in bytes. */
export interface BuiltPage {
  path: string;
  bytes: number;
}

/** Builds the whole site from the committed release bundles and `docs/`; returns its pages. */
export async function buildSite(outDir = siteDir): Promise<BuiltPage[]> {
  const documents = await readReleaseDocuments();
  const guides = await readGuides();

  await rm(outDir, { recursive: true, force: true });

  const pages = await Promise.all(
    documents.map(async ([release, bundle]) => {
      const title = `${String(bundle.info.title)} ${release}`;
      const rendered = await renderReference(decorateForDocs(bundle, guides, documents), title);
      const html = addPageStyle(makeOffline(rendered));

      assertOffline(html, release);
      await copyDescriptions(release, outDir);

      return writePage(outDir, releasePagePath(release), html);
    }),
  );

  const entries = documents.map(([release, bundle]) => ({
    release,
    operationCount: listOperations(bundle).length,
  }));
  const title = String(documents.at(-1)![1].info.title);
  const landing = await writePage(outDir, "index.html", renderLandingPage(title, entries, guides));

  return [landing, ...pages];
}

/** The committed bundle of every release, oldest first. */
export async function readReleaseDocuments(): Promise<ReleaseDocuments> {
  return Promise.all(
    releases.map(async (release): Promise<[string, OpenApiDocument]> => {
      const file = join(generatedDir, "releases", release, "openapi.json");

      return [release, JSON.parse(await readFile(file, "utf8")) as OpenApiDocument];
    }),
  );
}

function assertOffline(html: string, release: string): void {
  const remote = findRemoteLoads(html);

  if (remote.length > 0) {
    throw new Error(
      `The ${release} page would load from the network; handle these in ` +
        `scripts/lib/docs-offline.ts:\n${remote.join("\n")}`,
    );
  }
}

/** Puts the release's bundles beside its page, for readers who want the description itself. */
async function copyDescriptions(release: string, outDir: string): Promise<void> {
  await mkdir(join(outDir, release), { recursive: true });

  for (const format of ["json", "yaml"]) {
    const name = `openapi.${format}`;

    await copyFile(join(generatedDir, "releases", release, name), join(outDir, release, name));
  }
}

async function writePage(outDir: string, path: string, html: string): Promise<BuiltPage> {
  const target = join(outDir, path);

  await mkdir(join(target, ".."), { recursive: true });
  await writeFile(target, html);

  return { path, bytes: (await stat(target)).size };
}
