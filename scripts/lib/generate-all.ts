import openapiTS, { astToString } from "openapi-typescript";

import { extractLimits } from "./extract-limits.js";
import { extractEnums, extractOperations } from "./extract-operations.js";
import type { OpenApiDocument } from "./openapi-document.js";
import { coveredReleases, filterRelease } from "./releases.js";
import { renderJson, renderTypeScript, renderYaml } from "./render.js";

/** Every generated file, by its path relative to `generated/`, with its content. */
export type GeneratedFiles = Map<string, string>;

/** Derives every generated source from the bundled description, in memory. */
export async function generateAll(bundle: OpenApiDocument): Promise<GeneratedFiles> {
  const files: GeneratedFiles = new Map();
  const releases = coveredReleases(bundle);
  const latest = filterRelease(bundle, releases.at(-1)!);

  for (const release of releases) {
    const document = filterRelease(bundle, release);

    files.set(`releases/${release}/openapi.yaml`, renderYaml(document));
    files.set(`releases/${release}/openapi.json`, renderJson(document));
  }

  files.set("openapi.yaml", renderYaml(latest));
  files.set("openapi.json", renderJson(latest));
  files.set("schema.d.ts", await renderTypes(latest));
  files.set("limits.ts", await renderLimits(latest));
  files.set("operations.ts", await renderOperations(latest, releases));

  return files;
}

async function renderTypes(document: OpenApiDocument): Promise<string> {
  const ast = await openapiTS(document as never, { silent: true });

  return renderTypeScript(astToString(ast));
}

async function renderLimits(document: OpenApiDocument): Promise<string> {
  const table = JSON.stringify(extractLimits(document), null, 2);

  return renderTypeScript(
    [
      "/** Numeric and array bounds of top-level request fields, by operationId and field. */",
      `export const limits = ${table} as const;`,
      "",
      "export type Limits = typeof limits;",
    ].join("\n"),
  );
}

async function renderOperations(document: OpenApiDocument, releases: string[]): Promise<string> {
  const operations = JSON.stringify(extractOperations(document), null, 2);
  const enums = JSON.stringify(extractEnums(document), null, 2);

  return renderTypeScript(
    [
      "/** The releases the description covers, oldest first. */",
      `export const releases = ${JSON.stringify(releases)} as const;`,
      "",
      "/** Method, path, release and token location of every operation, by operationId. */",
      `export const operations = ${operations} as const;`,
      "",
      "/** The values of every named enum schema. */",
      `export const enums = ${enums} as const;`,
      "",
      "export type OperationId = keyof typeof operations;",
    ].join("\n"),
  );
}
