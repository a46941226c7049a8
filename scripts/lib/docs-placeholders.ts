import { renderLimitsTable } from "./docs-limits-table.js";
import { renderOperationsByRelease, type ReleaseDocuments } from "./docs-release-notes.js";
import type { OpenApiDocument } from "./openapi-document.js";

/** What a placeholder may draw on: every release bundle, and the bundle of the page being built. */
export interface PlaceholderContext {
  releases: ReleaseDocuments;
  current: OpenApiDocument;
}

const renderers: Record<string, (context: PlaceholderContext) => string> = {
  "operations-by-release": ({ releases }) => renderOperationsByRelease(releases),
  limits: ({ current }) => renderLimitsTable(current),
};

const placeholderPattern = /<!--\s*generated:\s*([a-z-]+)\s*-->/g;

/**
 * Replaces each `<!-- generated: name -->` comment of a guide with Markdown drawn from the
 * bundles, so that facts the description holds are never written twice.
 */
export function fillPlaceholders(body: string, context: PlaceholderContext): string {
  return body.replace(placeholderPattern, (_comment, name: string) => {
    const render = renderers[name];

    if (!render) {
      throw new Error(
        `Unknown docs placeholder \`${name}\`: known are ${Object.keys(renderers).join(", ")}`,
      );
    }

    return render(context);
  });
}
