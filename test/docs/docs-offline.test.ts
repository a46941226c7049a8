import { describe, expect, it } from "vitest";

import { findRemoteLoads, makeOffline } from "../../scripts/lib/docs-offline.js";

const redocLogo =
  "src:e?`https://cdn.redoc.ly/redoc/logo-mini-full.svg`:" +
  "`https://cdn.redoc.ly/redoc/logo-mini.svg`";

describe("makeOffline", () => {
  it("replaces the logo Redoc fetches from its CDN with a local image", () => {
    const page = makeOffline(redocLogo);

    expect(page).not.toContain("cdn.redoc.ly");
    expect(page).toContain("data:image/svg+xml,");
    expect(findRemoteLoads(page)).toEqual([]);
  });
});

describe("findRemoteLoads", () => {
  it("finds scripts, stylesheets, fonts and CDN assets from other hosts", () => {
    const page = [
      '<script src="https://cdn.example.net/app.js"></script>',
      '<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Roboto">',
      "@font-face{src:url(https://fonts.gstatic.com/x.woff2)}",
      redocLogo,
    ].join("\n");

    expect(findRemoteLoads(page).length).toBeGreaterThanOrEqual(4);
  });

  it("ignores links a reader may follow and local data", () => {
    const page =
      '<a href="https://www.npmjs.com/package/x">npm</a><img src="data:image/png;base64,AA">';

    expect(findRemoteLoads(page)).toEqual([]);
  });
});
