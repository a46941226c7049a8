// @ts-check
/**
 * Helpers for house rules that read request bodies: Redocly's nested visitors do not reach
 * schemas behind `$ref`s inside a request body, so the rules walk them by hand.
 */

const childKeys = ["items", "additionalProperties", "not", "contains", "unevaluatedItems"];
const listKeys = ["allOf", "anyOf", "oneOf", "prefixItems"];

/**
 * Resolves a node, keeping the location of where it really is.
 * @param {any} node @param {any} location @param {any} ctx
 */
export function resolveAt(node, location, ctx) {
  if (node && typeof node.$ref === "string") {
    const resolved = ctx.resolve(node);

    return { node: resolved.node, location: resolved.location ?? location };
  }

  return { node, location };
}

/**
 * The JSON schema of an operation's request body, with its location, if it has one.
 * @param {any} operation @param {any} ctx
 */
export function requestBodySchema(operation, ctx) {
  if (!operation.requestBody) {
    return undefined;
  }

  const body = resolveAt(operation.requestBody, ctx.location.child("requestBody"), ctx);
  const mediaType = body.node?.content?.["application/json"];

  if (!mediaType?.schema) {
    return undefined;
  }

  return resolveAt(
    mediaType.schema,
    body.location.child(["content", "application/json", "schema"]),
    ctx,
  );
}

/**
 * Calls `visit` once for every schema reachable from `root`, references followed.
 * @param {{ node: any, location: any }} root @param {any} ctx
 * @param {(schema: any, location: any) => void} visit
 */
export function walkSchemas(root, ctx, visit) {
  const seen = new Set();
  const pending = [root];

  while (pending.length > 0) {
    const { node, location } = /** @type {{ node: any, location: any }} */ (pending.pop());

    if (!node || typeof node !== "object" || seen.has(node)) {
      continue;
    }

    seen.add(node);
    visit(node, location);

    for (const [name, property] of Object.entries(node.properties ?? {})) {
      pending.push(resolveAt(property, location.child(["properties", name]), ctx));
    }

    for (const key of childKeys) {
      if (node[key] && typeof node[key] === "object") {
        pending.push(resolveAt(node[key], location.child(key), ctx));
      }
    }

    for (const key of listKeys) {
      (node[key] ?? []).forEach((/** @type {any} */ item, /** @type {number} */ index) => {
        pending.push(resolveAt(item, location.child([key, index]), ctx));
      });
    }
  }
}
