import type { Guide } from "./docs-guides.js";
import { fillPlaceholders } from "./docs-placeholders.js";
import type { ReleaseDocuments } from "./docs-release-notes.js";
import { listOperations, type OpenApiDocument } from "./openapi-document.js";

/** One Redoc badge, as `x-badges` takes it; `color` is one of Redoc's named tag colours. */
export interface Badge {
  name: string;
  color: string;
  position?: "before" | "after";
}

/** The text of the badge that shows the release an operation is available from. */
export function releaseBadgeName(release: string): string {
  return `From ${release}`;
}

/** The text of the warning badge on operations whose path upstream does not name. */
export const inferredBadgeName = "Inferred path";

/**
 * A copy of a release bundle dressed for the docs: a release badge on every operation, a warning
 * badge on inferred ones, and the guides as Markdown-only tags grouped before the reference.
 */
export function decorateForDocs(
  bundle: OpenApiDocument,
  guides: Guide[],
  releases: ReleaseDocuments,
): OpenApiDocument {
  const document = structuredClone(bundle);

  for (const { operation } of listOperations(document)) {
    operation["x-badges"] = [...badgesOf(operation["x-badges"]), ...markerBadges(operation)];
  }

  const referenceTags = collectTagNames(document);

  assertNoRouteClash(guides, referenceTags);

  document.tags = [
    ...guides.map((guide) => ({
      name: guide.slug,
      "x-displayName": guide.title,
      "x-traitTag": true,
      description: fillPlaceholders(guide.body, { releases, current: bundle }),
    })),
    ...(document.tags ?? []),
  ];
  document["x-tagGroups"] = [
    { name: "Guides", tags: guides.map((guide) => guide.slug) },
    { name: "API reference", tags: referenceTags },
  ];

  return document;
}

function markerBadges(operation: { "x-available-from": string; "x-inferred"?: boolean }): Badge[] {
  const badges: Badge[] = [
    { name: releaseBadgeName(operation["x-available-from"]), color: "blue" },
  ];

  if (operation["x-inferred"] === true) {
    badges.unshift({ name: inferredBadgeName, color: "warning", position: "before" });
  }

  return badges;
}

function badgesOf(value: unknown): Badge[] {
  return Array.isArray(value) ? (value as Badge[]) : [];
}

/** Redoc routes a tag by its lower-cased, hyphenated name: a guide must not take a tag's route. */
function assertNoRouteClash(guides: Guide[], tags: string[]): void {
  const routes = new Set(tags.map((tag) => tag.toLowerCase().replace(/\s+/g, "-")));
  const clash = guides.find((guide) => routes.has(guide.slug));

  if (clash) {
    throw new Error(`docs/${clash.slug}.md would share its route with an API tag: rename the file`);
  }
}

/** Declared tags first, then any tag an operation uses without declaring it, so none is hidden. */
function collectTagNames(document: OpenApiDocument): string[] {
  const names = (document.tags ?? []).map((tag) => tag.name);

  for (const { operation } of listOperations(document)) {
    for (const tag of operation.tags ?? []) {
      if (!names.includes(tag)) {
        names.push(tag);
      }
    }
  }

  return names;
}
