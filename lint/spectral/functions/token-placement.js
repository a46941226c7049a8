// @ts-check
/**
 * Spectral function, given a path item: GET operations must take `token` as a required query
 * parameter, POST operations as a required property of their JSON body, as upstream does.
 *
 * @param {any} pathItem
 * @param {unknown} _options
 * @param {{ path: (string | number)[] }} context
 */
export default function tokenPlacement(pathItem, _options, context) {
  const results = [];

  if (pathItem?.get) {
    const parameters = [...(pathItem.parameters ?? []), ...(pathItem.get.parameters ?? [])];
    const token = parameters.find((parameter) => parameter?.name === "token");

    if (token?.in !== "query" || token?.required !== true) {
      results.push({
        message: "A GET operation must take `token` as a required query parameter.",
        path: [...context.path, "get"],
      });
    }
  }

  if (pathItem?.post) {
    const schema = pathItem.post.requestBody?.content?.["application/json"]?.schema;
    const inBody = schema?.properties?.token !== undefined && schema?.required?.includes("token");
    const inQuery = (pathItem.post.parameters ?? []).some(
      (/** @type {any} */ parameter) => parameter?.name === "token",
    );

    if (!inBody || inQuery) {
      results.push({
        message:
          "A POST operation must take `token` as a required JSON body property, not a parameter.",
        path: [...context.path, "post"],
      });
    }
  }

  return results;
}
