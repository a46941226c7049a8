import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

import {
  listOperations,
  resolveLocal,
  type OpenApiDocument,
} from "../../scripts/lib/openapi-document.js";

const bundleId = "https://crmcom-netflix-api.test/bundle.json";

/** Checks a response body against an operation's `200` schema; returns the problems found. */
export type ResponseValidator = (operationId: string, body: unknown) => string[];

/** Compiles the `200` response schema of every operation of the bundle with Ajv (draft 2020-12). */
export function createResponseValidator(document: OpenApiDocument): ResponseValidator {
  // OpenAPI adds keywords such as `example` that strict mode would refuse.
  const ajv = new Ajv2020.default({ strict: false, allErrors: true });

  addFormats.default(ajv);
  ajv.addSchema({ $id: bundleId, components: document.components ?? {} });

  const validators = new Map(
    listOperations(document).map(({ operation }) => {
      const responses = operation.responses as Record<string, unknown>;
      const response = resolveLocal<{ content?: Record<string, { schema?: unknown }> }>(
        document,
        responses["200"],
      );
      const schema = response.content?.["application/json"]?.schema ?? {};

      return [operation.operationId, ajv.compile(pointIntoBundle(schema) as object)] as const;
    }),
  );

  return (operationId, body) => {
    const validate = validators.get(operationId);

    if (!validate) {
      return [`\`${operationId}\` has no 200 response schema`];
    }

    return validate(body)
      ? []
      : (validate.errors ?? []).map((error) => `${error.instancePath || "/"} ${error.message}`);
  };
}

/** A copy of a schema whose local references point into the registered bundle. */
function pointIntoBundle(schema: unknown): unknown {
  if (Array.isArray(schema)) {
    return schema.map(pointIntoBundle);
  }

  if (typeof schema !== "object" || schema === null) {
    return schema;
  }

  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) =>
      key === "$ref" && typeof value === "string" && value.startsWith("#/")
        ? [key, `${bundleId}${value}`]
        : [key, pointIntoBundle(value)],
    ),
  );
}
