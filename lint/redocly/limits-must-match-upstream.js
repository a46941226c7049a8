// @ts-check
import { requestBodySchema, resolveAt } from "./request-schemas.js";

/**
 * The upstream limits, pinned. Each must be declared in the description, on the named request
 * field of the named operation, with exactly this bound; a drift or a missing bound is an error.
 */
export const upstreamLimits = [
  {
    operationId: "acknowledgeCharges",
    field: "acknowledged_charges_set",
    bound: "maxItems",
    value: 50,
  },
  { operationId: "registerDevices", field: "devices", bound: "maxItems", value: 1000 },
  { operationId: "unregisterDevices", field: "devices", bound: "maxItems", value: 1000 },
  { operationId: "listCharges", field: "number_of_results", bound: "maximum", value: 50 },
  { operationId: "createSubscription", field: "validity_duration", bound: "maximum", value: 86400 },
];

/** Redocly rule: every pinned upstream limit holds exactly, on the field it belongs to. */
export default function limitsMustMatchUpstream() {
  /** @type {Set<string>} */
  const seen = new Set();

  return {
    Operation: {
      /** @param {any} operation @param {any} ctx */
      enter(operation, ctx) {
        for (const limit of upstreamLimits) {
          if (limit.operationId === operation.operationId) {
            seen.add(limit.operationId);
            checkLimit(limit, findField(operation, limit.field, ctx), ctx);
          }
        }
      },
    },

    Root: {
      /** @param {any} _root @param {any} ctx */
      leave(_root, ctx) {
        for (const limit of upstreamLimits.filter(({ operationId }) => !seen.has(operationId))) {
          ctx.report({
            message:
              `Operation \`${limit.operationId}\` is missing, so its limit on ` +
              `\`${limit.field}\` (${limit.bound} ${limit.value}) is not declared.`,
            location: ctx.location.child("paths"),
          });
        }
      },
    },
  };
}

/**
 * Finds a query parameter's schema or a top-level JSON body property by name.
 * @param {any} operation @param {string} name @param {any} ctx
 * @returns {{ node: any, location: any } | undefined}
 */
function findField(operation, name, ctx) {
  const parameters = operation.parameters ?? [];

  for (const [index, reference] of parameters.entries()) {
    const parameter = resolveAt(reference, ctx.location.child(["parameters", index]), ctx);

    if (parameter.node?.name === name) {
      return resolveAt(parameter.node.schema, parameter.location.child("schema"), ctx);
    }
  }

  const body = requestBodySchema(operation, ctx);
  const property = body?.node?.properties?.[name];

  return property ? resolveAt(property, body.location.child(["properties", name]), ctx) : undefined;
}

/**
 * @param {typeof upstreamLimits[number]} limit
 * @param {{ node: any, location: any } | undefined} field
 * @param {any} ctx
 */
function checkLimit(limit, field, ctx) {
  const subject = `\`${limit.field}\` of \`${limit.operationId}\``;
  const expected = `${limit.bound} ${limit.value}`;

  if (!field?.node) {
    ctx.report({
      message: `${subject} is not declared; upstream limits it to ${expected}.`,
      location: ctx.location.child("operationId"),
    });
    return;
  }

  const actual = field.node[limit.bound];

  if (actual !== limit.value) {
    const found = actual === undefined ? `no ${limit.bound}` : `${limit.bound} ${actual}`;

    ctx.report({
      message: `${subject} declares ${found}; upstream limits it to ${expected}.`,
      location: field.location,
    });
  }
}
