// @ts-check
/**
 * Spectral function: reports every parameter, request body media type and response media type
 * of an operation that has no example, so the docs and the mock always have one to show.
 *
 * @param {any} operation
 * @param {unknown} _options
 * @param {{ path: (string | number)[] }} context
 */
export default function operationExamples(operation, _options, context) {
  const results = [];

  for (const [index, parameter] of (operation?.parameters ?? []).entries()) {
    if (!hasExample(parameter) && !hasExample(parameter?.schema)) {
      results.push({
        message: `Parameter \`${parameter?.name}\` has no example.`,
        path: [...context.path, "parameters", index],
      });
    }
  }

  const body = operation?.requestBody?.content ?? {};

  for (const [mediaType, content] of Object.entries(body)) {
    if (!hasExample(content)) {
      results.push({
        message: `The ${mediaType} request body has no example.`,
        path: [...context.path, "requestBody", "content", mediaType],
      });
    }
  }

  for (const [status, response] of Object.entries(operation?.responses ?? {})) {
    for (const [mediaType, content] of Object.entries(response?.content ?? {})) {
      if (!hasExample(content)) {
        results.push({
          message: `The ${status} ${mediaType} response has no example.`,
          path: [...context.path, "responses", status, "content", mediaType],
        });
      }
    }
  }

  return results;
}

/** @param {any} node */
function hasExample(node) {
  if (!node || typeof node !== "object") {
    return false;
  }

  const examples = node.examples;
  const listed = Array.isArray(examples)
    ? examples.length > 0
    : Object.keys(examples ?? {}).length > 0;

  return node.example !== undefined || listed;
}
