import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

import { repoRoot } from "./paths.js";

/** The folder of the Markdown guides shown in the docs site. */
export const guidesDir = join(repoRoot, "docs");

/** The order guides appear in the site's navigation, by file name without `.md`. */
export const guideOrder = [
  "getting-started",
  "authentication-and-token-lifetime",
  "limits-and-batching",
  "reconciling-charges",
  "registering-devices",
  "errors",
  "release-notes",
] as const;

/** One guide: its navigation slug, its title (the file's `#` heading) and its Markdown body. */
export interface Guide {
  slug: string;
  title: string;
  body: string;
}

/** Reads every guide in navigation order; fails when a guide and the order disagree. */
export async function readGuides(folder = guidesDir): Promise<Guide[]> {
  const files = (await readdir(folder)).filter((name) => name.endsWith(".md"));
  const slugs = files.map((name) => name.slice(0, -".md".length));
  const unlisted = slugs.filter((slug) => !(guideOrder as readonly string[]).includes(slug));
  const missing = guideOrder.filter((slug) => !slugs.includes(slug));

  if (unlisted.length > 0 || missing.length > 0) {
    throw new Error(
      `docs/ and \`guideOrder\` in scripts/lib/docs-guides.ts disagree: ` +
        `unlisted ${JSON.stringify(unlisted)}, missing ${JSON.stringify(missing)}`,
    );
  }

  return Promise.all(
    guideOrder.map(async (slug) => {
      const text = await readFile(join(folder, `${slug}.md`), "utf8");

      return { slug, ...splitTitle(text, slug) };
    }),
  );
}

/** Takes the first-line `# Title` off a guide, since the docs show the title as the tag name. */
function splitTitle(text: string, slug: string): { title: string; body: string } {
  const match = /^# (.+)\r?\n/.exec(text);

  if (!match) {
    throw new Error(`docs/${slug}.md must start with a \`# Title\` line`);
  }

  return { title: match[1]!.trim(), body: text.slice(match[0].length).trim() };
}
