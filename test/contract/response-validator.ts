import {
  listOperations,
  resolveLocal,
  type OpenApiDocument,
} from "../../scripts/lib/openapi-document.js";
import { createBundleSchemaCompiler } from "../support/bundle-schemas.js";

/** Checks a response body against an operation's `200` schema; returns the problems found. */
export type ResponseValidator = (operationId: string, body: unknown) => string[];

/** Compiles the `200` response schema of every operation of the bundle with Ajv (draft 2020-12). */
export function createResponseValidator(document: OpenApiDocument): ResponseValidator {
  const compile = createBundleSchemaCompiler(document);

  const validators = new Map(
    listOperations(document).map(({ operation }) => {
      const responses = operation.responses as Record<string, unknown>;
      const response = resolveLocal<{ content?: Record<string, { schema?: unknown }> }>(
        document,
        responses["200"],
      );
      const schema = response.content?.["application/json"]?.schema ?? {};

      return [operation.operationId, compile(schema)] as const;
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
