import { resolveLocal, type OpenApiDocument } from "../../scripts/lib/openapi-document.js";

/** A path into a JSON value: property names, and 0 for the first item of an array. */
export type FieldPath = (string | number)[];

/** One property of a request body schema, at any depth. */
export interface SchemaField {
  path: FieldPath;
  required: boolean;
  enumValues?: unknown[];
  /** The fewest keys an object property must hold, such as one key of an identifier. */
  minProperties?: number;
}

interface SchemaNode {
  type?: string | string[];
  properties?: Record<string, unknown>;
  required?: string[];
  items?: unknown;
  enum?: unknown[];
  minProperties?: number;
}

// Deep enough for every request body of the description, shallow enough to stop on cycles.
const maximumDepth = 8;

/** Lists every property a body schema declares, nested objects and array items included. */
export function listSchemaFields(
  document: OpenApiDocument,
  schema: unknown,
  path: FieldPath = [],
): SchemaField[] {
  const node = resolveLocal<SchemaNode>(document, schema);

  if (path.length > maximumDepth) {
    return [];
  }

  if (node.items !== undefined) {
    return listSchemaFields(document, node.items, [...path, 0]);
  }

  const fields: SchemaField[] = [];

  for (const [name, property] of Object.entries(node.properties ?? {})) {
    const resolved = resolveLocal<SchemaNode>(document, property);
    const fieldPath = [...path, name];

    fields.push({
      path: fieldPath,
      required: node.required?.includes(name) ?? false,
      ...(resolved.enum ? { enumValues: resolved.enum } : {}),
      ...(resolved.minProperties ? { minProperties: resolved.minProperties } : {}),
    });
    fields.push(...listSchemaFields(document, resolved, fieldPath));
  }

  return fields;
}
