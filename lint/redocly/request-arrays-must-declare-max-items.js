// @ts-check
import { requestBodySchema, walkSchemas } from "./request-schemas.js";

/**
 * Redocly rule: every array in a request body declares `maxItems`, including 3.1 `type` lists
 * such as `[array, "null"]`, so that no request can carry an unbounded list.
 */
export default function requestArraysMustDeclareMaxItems() {
  /** @type {Set<any>} */
  const reported = new Set();

  return {
    Operation: {
      /** @param {any} operation @param {any} ctx */
      enter(operation, ctx) {
        const root = requestBodySchema(operation, ctx);

        if (!root) {
          return;
        }

        walkSchemas(root, ctx, (schema, location) => {
          const types = [schema.type].flat();

          if (types.includes("array") && schema.maxItems === undefined && !reported.has(schema)) {
            reported.add(schema);
            ctx.report({
              message:
                `An array in the request body of \`${operation.operationId}\` ` +
                "must declare `maxItems`.",
              location: location.child("type"),
            });
          }
        });
      },
    },
  };
}
