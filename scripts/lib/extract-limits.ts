import {
  listOperations,
  resolveLocal,
  type OpenApiDocument,
  type Operation,
} from "./openapi-document.js";

/** The bounds of one request field, as the description declares them. */
export interface FieldLimit {
  in: "query" | "body";
  kind: "number" | "array";
  /** Set when the field must be a whole number. */
  integer?: boolean;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
}

export type LimitTable = Record<string, Record<string, FieldLimit>>;

interface SchemaLike {
  type?: string | string[];
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, unknown>;
}

interface ParameterLike {
  name: string;
  in: string;
  schema?: unknown;
}

/**
 * Reads every numeric and array bound of the top-level request fields, per operationId, so that
 * code can enforce the limits without restating them.
 */
export function extractLimits(document: OpenApiDocument): LimitTable {
  const table: LimitTable = {};

  for (const { operation } of listOperations(document)) {
    const fields = {
      ...queryLimits(document, operation),
      ...bodyLimits(document, operation),
    };

    if (Object.keys(fields).length > 0) {
      table[operation.operationId] = fields;
    }
  }

  return table;
}

function queryLimits(document: OpenApiDocument, operation: Operation): Record<string, FieldLimit> {
  const fields: Record<string, FieldLimit> = {};

  for (const reference of operation.parameters ?? []) {
    const parameter = resolveLocal<ParameterLike>(document, reference);
    const limit = limitOf(resolveLocal<SchemaLike>(document, parameter.schema ?? {}), "query");

    if (parameter.in === "query" && limit) {
      fields[parameter.name] = limit;
    }
  }

  return fields;
}

function bodyLimits(document: OpenApiDocument, operation: Operation): Record<string, FieldLimit> {
  const body = resolveLocal<{ content?: Record<string, { schema?: unknown }> } | undefined>(
    document,
    operation.requestBody,
  );
  const schema = resolveLocal<SchemaLike>(document, body?.content?.["application/json"]?.schema);
  const fields: Record<string, FieldLimit> = {};

  for (const [name, property] of Object.entries(schema?.properties ?? {})) {
    const limit = limitOf(resolveLocal<SchemaLike>(document, property), "body");

    if (limit) {
      fields[name] = limit;
    }
  }

  return fields;
}

function limitOf(schema: SchemaLike, location: FieldLimit["in"]): FieldLimit | undefined {
  const types = [schema.type].flat();

  if (types.includes("array")) {
    return pickDefined(
      { in: location, kind: "array", minItems: schema.minItems, maxItems: schema.maxItems },
      ["minItems", "maxItems"],
    );
  }

  if (types.includes("integer") || types.includes("number")) {
    const integer = types.includes("integer") ? { integer: true } : {};

    return pickDefined(
      {
        in: location,
        kind: "number",
        ...integer,
        minimum: schema.minimum,
        maximum: schema.maximum,
      },
      ["minimum", "maximum"],
    );
  }

  return undefined;
}

function pickDefined(limit: FieldLimit, bounds: (keyof FieldLimit)[]): FieldLimit | undefined {
  const present = bounds.filter((bound) => limit[bound] !== undefined);

  if (present.length === 0) {
    return undefined;
  }

  for (const bound of bounds) {
    if (limit[bound] === undefined) {
      delete limit[bound];
    }
  }

  return limit;
}
