import { beforeAll, describe, expect, it } from "vitest";

import { readReleaseDocuments } from "../../scripts/lib/docs-build-site.js";
import {
  decorateForDocs,
  inferredBadgeName,
  releaseBadgeName,
  type Badge,
} from "../../scripts/lib/docs-decorate.js";
import { guideOrder, readGuides, type Guide } from "../../scripts/lib/docs-guides.js";
import { fillPlaceholders } from "../../scripts/lib/docs-placeholders.js";
import type { ReleaseDocuments } from "../../scripts/lib/docs-release-notes.js";
import { listOperations } from "../../scripts/lib/openapi-document.js";

let releases: ReleaseDocuments;
let guides: Guide[];

beforeAll(async () => {
  releases = await readReleaseDocuments();
  guides = await readGuides();
});

describe("decorateForDocs", () => {
  it("badges every operation with the release of its x-available-from", () => {
    const [, latest] = releases.at(-1)!;
    const document = decorateForDocs(latest, guides, releases);

    for (const { operation } of listOperations(document)) {
      const names = (operation["x-badges"] as Badge[]).map((badge) => badge.name);

      expect(names, operation.operationId).toContain(
        releaseBadgeName(operation["x-available-from"]),
      );
      expect(names.includes(inferredBadgeName), operation.operationId).toBe(
        operation["x-inferred"] === true,
      );
    }
  });

  it("adds the guides as trait tags grouped before every API tag", () => {
    const [, latest] = releases.at(-1)!;
    const document = decorateForDocs(latest, guides, releases);
    const groups = document["x-tagGroups"] as { name: string; tags: string[] }[];

    expect(groups.map((group) => group.name)).toEqual(["Guides", "API reference"]);
    expect(groups[0]!.tags).toEqual([...guideOrder]);
    expect(groups[1]!.tags).toEqual(latest.tags!.map((tag) => tag.name));
    expect(document.tags!.filter((tag) => tag["x-traitTag"] === true)).toHaveLength(guides.length);
  });

  it("leaves the committed bundle untouched", () => {
    const [, latest] = releases.at(-1)!;
    const before = JSON.stringify(latest);

    decorateForDocs(latest, guides, releases);

    expect(JSON.stringify(latest)).toBe(before);
  });
});

describe("fillPlaceholders", () => {
  it("lists the device operations as what R12.1.0 adds", () => {
    const current = releases.at(-1)![1];
    const notes = fillPlaceholders("<!-- generated: operations-by-release -->", {
      releases,
      current,
    });
    const added = notes.slice(notes.indexOf("### R12.1.0"), notes.indexOf("### Every operation"));

    expect(added).toContain("(`registerDevices`)");
    expect(added).toContain("(`unregisterDevices`)");
    expect(added).not.toContain("(`listCharges`)");
  });

  it("renders the limits the bundle declares", () => {
    const current = releases.at(-1)![1];
    const table = fillPlaceholders("<!-- generated: limits -->", { releases, current });

    expect(table).toContain("| `acknowledged_charges_set` (body) | 1 to 50 items |");
    expect(table).toContain("| `devices` (body) | 1 to 1000 items |");
    expect(table).toContain("| `validity_duration` (body) | 1 to 86400 |");
  });

  it("rejects an unknown placeholder", () => {
    const current = releases.at(-1)![1];

    expect(() => fillPlaceholders("<!-- generated: nothing -->", { releases, current })).toThrow(
      "Unknown docs placeholder `nothing`",
    );
  });
});

describe("readGuides", () => {
  it("reads every guide in navigation order, its title taken off the body", () => {
    expect(guides.map((guide) => guide.slug)).toEqual([...guideOrder]);

    for (const guide of guides) {
      expect(guide.body.startsWith("# "), guide.slug).toBe(false);
      expect(guide.title.length, guide.slug).toBeGreaterThan(0);
    }
  });

  it("links only to guides that exist", () => {
    const slugs: string[] = [...guideOrder];

    for (const guide of guides) {
      for (const [, target] of guide.body.matchAll(/\]\(#\/([^)]+)\)/g)) {
        expect(slugs, `${guide.slug} links to #/${target}`).toContain(target);
      }
    }
  });
});
