/**
 * Redoc's standalone page is self-contained with `--inlineBundle`, except for a few assets its
 * code fetches from Redocly's CDN at run time. These helpers replace them so that the page makes
 * no request beyond its own host, and check that nothing else would load from the network.
 */

/** A small local stand-in for the remote Redocly logo, drawn as text. */
const localLogo =
  "data:image/svg+xml," +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" width="56" height="14" viewBox="0 0 56 14">' +
      '<text x="0" y="11" font-family="system-ui,sans-serif" font-size="11" fill="#555">' +
      "Redocly</text></svg>",
  );

const replacements: [pattern: RegExp, replacement: string][] = [
  [/https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(?:-full)?\.svg/g, localLogo],
  // Icons are fetched only for features these pages do not use; a relative base keeps any such
  // request on the docs host, where it fails quietly instead of leaving the machine.
  [/https:\/\/cdn\.redocly\.com\/icons\//g, "./icons/"],
];

const remoteLoadPatterns: RegExp[] = [
  /<(?:script|img|iframe|source)\b[^>]*\bsrc=["']?(?:https?:)?\/\//gi,
  /<link\b[^>]*\bhref=["']?(?:https?:)?\/\//gi,
  /url\(\s*["']?(?:https?:)?\/\//gi,
  /@import\s+(?:url\()?["']?(?:https?:)?\/\//gi,
  /https?:\/\/(?:cdn\.redoc\.ly|cdn\.redocly\.com|fonts\.googleapis\.com|fonts\.gstatic\.com)\b/gi,
];

/** Rewrites the known run-time fetches of a built Redoc page to local stand-ins. */
export function makeOffline(html: string): string {
  return replacements.reduce(
    (result, [pattern, replacement]) => result.replace(pattern, replacement),
    html,
  );
}

/** Every place in a page that would load something from another host; empty when offline. */
export function findRemoteLoads(html: string): string[] {
  return remoteLoadPatterns.flatMap((pattern) =>
    [...html.matchAll(pattern)].map((match) => excerpt(html, match.index)),
  );
}

function excerpt(html: string, index: number): string {
  return html.slice(Math.max(0, index - 40), index + 80).replace(/\s+/g, " ");
}
