/**
 * Style added to every reference page. Redoc caps a navigation badge at 90 px, which cuts
 * "From R12.1.0" to "From R12.…"; the release is the point of the badge, so it gets its width.
 */
const pageStyle = `<style data-source="scripts/lib/docs-page-style.ts">
  [data-component-name="Menu/MenuItem"] [data-component-name="Tag/Tag"] {
    max-width: none !important;
  }
  [data-component-name="Menu/MenuItem"] [data-component-name="Tag/Tag"] > div {
    width: auto !important;
  }
</style>`;

/** Adds the site's few style overrides at the end of the page's head. */
export function addPageStyle(html: string): string {
  if (!html.includes("</head>")) {
    throw new Error(
      "A built Redoc page has no `</head>`: the template changed; update docs-page-style.ts",
    );
  }

  return html.replace("</head>", `${pageStyle}\n</head>`);
}
