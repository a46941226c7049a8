import { httpMethods, listOperations, type OpenApiDocument } from "./openapi-document.js";

/** Orders release names such as `R12.0.0` by their numbers; negative when `left` is older. */
export function compareReleases(left: string, right: string): number {
  const leftParts = parseRelease(left);
  const rightParts = parseRelease(right);

  for (let index = 0; index < 3; index += 1) {
    const difference = leftParts[index]! - rightParts[index]!;

    if (difference !== 0) {
      return difference;
    }
  }

  return 0;
}

function parseRelease(release: string): [number, number, number] {
  const match = /^R(\d+)\.(\d+)\.(\d+)$/.exec(release);

  if (!match) {
    throw new Error(`Release \`${release}\` is not of the form R<major>.<minor>.<patch>`);
  }

  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** The releases the description covers, oldest first, from the root's `x-releases`. */
export function coveredReleases(document: OpenApiDocument): string[] {
  const releases = document["x-releases"];

  if (!Array.isArray(releases) || releases.length === 0) {
    throw new Error("The root of the description must list its releases in `x-releases`");
  }

  return [...releases].sort(compareReleases);
}

/**
 * A copy of the document that holds only the operations available at or before `release`, and
 * only the components and tags those operations still use.
 */
export function filterRelease(document: OpenApiDocument, release: string): OpenApiDocument {
  const copy = structuredClone(document);

  for (const { path, method, operation } of listOperations(copy)) {
    if (compareReleases(operation["x-available-from"], release) > 0) {
      delete copy.paths[path]![method];
    }
  }

  for (const [path, pathItem] of Object.entries(copy.paths)) {
    if (!httpMethods.some((method) => pathItem[method])) {
      delete copy.paths[path];
    }
  }

  copy.info = { ...copy.info, version: release };
  pruneComponents(copy);
  pruneTags(copy);

  return copy;
}

/** Removes components that nothing reachable from the paths refers to (security schemes stay). */
function pruneComponents(document: OpenApiDocument): void {
  const components = document.components;

  if (!components) {
    return;
  }

  const reachable = new Set<string>();
  const pending: unknown[] = [document.paths];

  while (pending.length > 0) {
    const node = pending.pop();

    for (const ref of collectRefs(node)) {
      if (reachable.has(ref)) {
        continue;
      }

      reachable.add(ref);
      const [, , kind, name] = ref.split("/");
      pending.push(components[kind!]?.[name!]);
    }
  }

  for (const [kind, entries] of Object.entries(components)) {
    if (kind === "securitySchemes") {
      continue;
    }

    for (const name of Object.keys(entries)) {
      if (!reachable.has(`#/components/${kind}/${name}`)) {
        delete entries[name];
      }
    }
  }
}

function collectRefs(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) {
    node.forEach((item) => collectRefs(item, found));
  } else if (typeof node === "object" && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string" && value.startsWith("#/components/")) {
        found.push(value);
      } else {
        collectRefs(value, found);
      }
    }
  }

  return found;
}

function pruneTags(document: OpenApiDocument): void {
  const used = new Set(listOperations(document).flatMap(({ operation }) => operation.tags ?? []));

  document.tags = document.tags?.filter((tag) => used.has(tag.name));
}
