import type { Guide } from "./docs-guides.js";

/** What the landing page says about one built release page. */
export interface ReleaseEntry {
  release: string;
  operationCount: number;
}

/** Where a release's reference page lives, relative to the site root. */
export function releasePagePath(release: string): string {
  return `${release}/index.html`;
}

/**
 * The site's front page: the latest release first as the default, the older ones beside it, and
 * every guide, as plain HTML with inline styles and no external resource.
 */
export function renderLandingPage(
  title: string,
  releases: ReleaseEntry[],
  guides: Guide[],
): string {
  const newestFirst = [...releases].reverse();
  const latest = newestFirst[0]!;

  const releaseItems = newestFirst.map(({ release, operationCount }) => {
    const label = release === latest.release ? `${release} (latest, default)` : release;
    const downloads = ["json", "yaml"]
      .map((format) => `<a href="${release}/openapi.${format}">openapi.${format}</a>`)
      .join(", ");

    return (
      `<li><a href="${releasePagePath(release)}">${escapeHtml(label)}</a>: ` +
      `${operationCount} operations; description: ${downloads}</li>`
    );
  });

  const guideItems = guides.map(
    (guide) =>
      `<li><a href="${releasePagePath(latest.release)}#/${guide.slug}">` +
      `${escapeHtml(guide.title)}</a></li>`,
  );

  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(title)}</title>
  <style>
    body { font-family: system-ui, sans-serif; max-width: 46rem; margin: 3rem auto;
      padding: 0 1rem; line-height: 1.5; color: #1f2328; }
    h1 { font-size: 1.8rem; margin-bottom: 0.25rem; }
    a { color: #0b57d0; }
    .note { background: #fff4e5; border-left: 4px solid #b26a00; padding: 0.5rem 1rem; }
  </style>
</head>
<body>
  <h1>${escapeHtml(title)}</h1>
  <p>API reference and guides for integrators of the CRM.COM Netflix partner Web API. Every page
  works offline.</p>
  <a id="open-latest" href="${releasePagePath(latest.release)}"
    >Open the ${latest.release} reference</a>
  <h2>Releases</h2>
  <ul id="releases">
    ${releaseItems.join("\n    ")}
  </ul>
  <h2>Guides</h2>
  <ul id="guides">
    ${guideItems.join("\n    ")}
  </ul>
  <p class="note">Upstream leaves some things open. The path of the cancel operation is inferred,
  the name of the field that carries the Netflix token returned by create is assumed, and no error
  codes are documented. The reference marks these, and the guides say what to confirm with
  CRM.COM.</p>
</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
