import { listOperations, type OpenApiDocument, type Operation } from "./openapi-document.js";

/** The release bundles, oldest release first. */
export type ReleaseDocuments = [release: string, document: OpenApiDocument][];

/** One section per release listing the operations it adds, then every operation's marker. */
export function renderOperationsByRelease(releases: ReleaseDocuments): string {
  const sections: string[] = [];
  let previous = new Set<string>();

  for (const [release, document] of releases) {
    const operations = listOperations(document);
    const added = operations.filter(({ operation }) => !previous.has(operation.operationId));
    const heading = previous.size === 0 ? `${release}: the first release covered` : release;

    sections.push(
      `### ${heading}\n\n${operations.length} operations in all; new in this release:\n\n` +
        added
          .map(({ method, path, operation }) => `- ${describe(method, path, operation)}`)
          .join("\n"),
    );
    previous = new Set(operations.map(({ operation }) => operation.operationId));
  }

  return [...sections, renderMarkerTable(releases.at(-1)![1])].join("\n\n");
}

function renderMarkerTable(latest: OpenApiDocument): string {
  const rows = listOperations(latest).map(
    ({ method, path, operation }) =>
      `| \`${operation.operationId}\` | \`${method.toUpperCase()} ${path}\` | ` +
      `${operation["x-available-from"]} | ${operation["x-inferred"] === true ? "yes" : "no"} |`,
  );

  return [
    "### Every operation and its `x-available-from`",
    "",
    "| operationId | request | available from | inferred |",
    "| --- | --- | --- | --- |",
    ...rows,
  ].join("\n");
}

function describe(method: string, path: string, operation: Operation): string {
  const summary = typeof operation.summary === "string" ? `: ${operation.summary}` : "";

  return `\`${method.toUpperCase()} ${path}\` (\`${operation.operationId}\`)${summary}`;
}
