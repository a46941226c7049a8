import { describe, expect, it } from "vitest";

import type { OpenApiDocument } from "../scripts/lib/openapi-document.js";
import { compareReleases, coveredReleases, filterRelease } from "../scripts/lib/releases.js";

function operation(operationId: string, release: string, schema: string) {
  return {
    operationId,
    tags: [operationId],
    "x-available-from": release,
    responses: { "200": { $ref: `#/components/responses/${schema}` } },
  };
}

const document: OpenApiDocument = {
  openapi: "3.1.0",
  info: { version: "R2.0.0" },
  "x-releases": ["R2.0.0", "R1.0.0"],
  tags: [{ name: "old" }, { name: "new" }],
  paths: {
    "/old": { get: operation("old", "R1.0.0", "Old") },
    "/new": { post: operation("new", "R2.0.0", "New") },
  },
  components: {
    responses: {
      Old: { content: { "application/json": { schema: { $ref: "#/components/schemas/Shared" } } } },
      New: { content: { "application/json": { schema: { $ref: "#/components/schemas/Only" } } } },
    },
    schemas: { Shared: { type: "object" }, Only: { type: "string" } },
    securitySchemes: { key: { type: "http", scheme: "basic" } },
  },
};

describe("compareReleases", () => {
  it("orders releases by number, not by text", () => {
    expect(["R12.1.0", "R9.0.0", "R12.0.0", "R10.0.0"].sort(compareReleases)).toEqual([
      "R9.0.0",
      "R10.0.0",
      "R12.0.0",
      "R12.1.0",
    ]);
  });

  it("rejects a name that is not a release, quoting it", () => {
    expect(() => compareReleases("12.0", "R12.0.0")).toThrow(
      "Release `12.0` is not of the form R<major>.<minor>.<patch>",
    );
  });
});

describe("filterRelease", () => {
  it("keeps only operations available at or before the release", () => {
    const filtered = filterRelease(document, "R1.0.0");

    expect(Object.keys(filtered.paths)).toEqual(["/old"]);
    expect(filtered.info.version).toBe("R1.0.0");
  });

  it("drops components and tags nothing uses any more, but keeps security schemes", () => {
    const filtered = filterRelease(document, "R1.0.0");

    expect(Object.keys(filtered.components!.responses!)).toEqual(["Old"]);
    expect(Object.keys(filtered.components!.schemas!)).toEqual(["Shared"]);
    expect(Object.keys(filtered.components!.securitySchemes!)).toEqual(["key"]);
    expect(filtered.tags).toEqual([{ name: "old" }]);
  });

  it("leaves the input document untouched", () => {
    filterRelease(document, "R1.0.0");

    expect(Object.keys(document.paths)).toEqual(["/old", "/new"]);
  });
});

describe("coveredReleases", () => {
  it("lists x-releases oldest first", () => {
    expect(coveredReleases(document)).toEqual(["R1.0.0", "R2.0.0"]);
  });
});
