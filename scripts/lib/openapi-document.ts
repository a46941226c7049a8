/** The parts of an OpenAPI 3.1 document that the build scripts read. */
export interface OpenApiDocument {
  openapi: string;
  info: { version: string; [key: string]: unknown };
  paths: Record<string, PathItem>;
  components?: Record<string, Record<string, unknown>>;
  tags?: { name: string; [key: string]: unknown }[];
  "x-releases"?: string[];
  [key: string]: unknown;
}

export type PathItem = Partial<Record<HttpMethod, Operation>> & Record<string, unknown>;

export const httpMethods = ["get", "put", "post", "delete", "options", "head", "patch"] as const;

export type HttpMethod = (typeof httpMethods)[number];

export interface Operation {
  operationId: string;
  tags?: string[];
  parameters?: unknown[];
  requestBody?: unknown;
  "x-available-from": string;
  "x-inferred"?: boolean;
  [key: string]: unknown;
}

/** One operation with where it lives. */
export interface OperationEntry {
  path: string;
  method: HttpMethod;
  operation: Operation;
}

/** Lists every operation of a document, in document order. */
export function listOperations(document: OpenApiDocument): OperationEntry[] {
  const entries: OperationEntry[] = [];

  for (const [path, pathItem] of Object.entries(document.paths)) {
    for (const method of httpMethods) {
      const operation = pathItem[method];

      if (operation) {
        entries.push({ path, method, operation });
      }
    }
  }

  return entries;
}

/** Follows a local `#/components/...` reference; returns other values unchanged. */
export function resolveLocal<T = unknown>(document: OpenApiDocument, value: unknown): T {
  let current = value;

  while (isRef(current)) {
    const pointer = current.$ref.replace(/^#\//, "").split("/").map(unescapePointer);
    current = pointer.reduce<unknown>(
      (node, key) => (node as Record<string, unknown> | undefined)?.[key],
      document,
    );

    if (current === undefined) {
      throw new Error(`Unresolvable reference \`${(value as { $ref: string }).$ref}\``);
    }
  }

  return current as T;
}

function isRef(value: unknown): value is { $ref: string } {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { $ref?: unknown }).$ref === "string"
  );
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}
