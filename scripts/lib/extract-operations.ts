import {
  listOperations,
  resolveLocal,
  type HttpMethod,
  type OpenApiDocument,
  type Operation,
} from "./openapi-document.js";

/** What code needs to know to call one operation, read from the description. */
export interface OperationInfo {
  method: HttpMethod;
  path: string;
  availableFrom: string;
  inferred: boolean;
  tokenIn: "query" | "body" | "none";
}

/** Every operation by operationId. */
export function extractOperations(document: OpenApiDocument): Record<string, OperationInfo> {
  const table: Record<string, OperationInfo> = {};

  for (const { path, method, operation } of listOperations(document)) {
    table[operation.operationId] = {
      method,
      path,
      availableFrom: operation["x-available-from"],
      inferred: operation["x-inferred"] === true,
      tokenIn: tokenLocation(document, operation),
    };
  }

  return table;
}

/** Where the operation expects the session token: a query parameter, a body property, or none. */
function tokenLocation(document: OpenApiDocument, operation: Operation): OperationInfo["tokenIn"] {
  const parameters = (operation.parameters ?? []).map((reference) =>
    resolveLocal<{ name: string; in: string }>(document, reference),
  );

  if (parameters.some((parameter) => parameter.name === "token" && parameter.in === "query")) {
    return "query";
  }

  const body = resolveLocal<{ content?: Record<string, { schema?: unknown }> } | undefined>(
    document,
    operation.requestBody,
  );
  const schema = resolveLocal<{ properties?: Record<string, unknown> } | undefined>(
    document,
    body?.content?.["application/json"]?.schema,
  );

  return schema?.properties?.token ? "body" : "none";
}

/** The values of every named schema that is a plain enum, by schema name. */
export function extractEnums(document: OpenApiDocument): Record<string, unknown[]> {
  const schemas = (document.components?.schemas ?? {}) as Record<string, { enum?: unknown[] }>;
  const table: Record<string, unknown[]> = {};

  for (const [name, schema] of Object.entries(schemas)) {
    if (Array.isArray(schema.enum)) {
      table[name] = schema.enum;
    }
  }

  return table;
}
