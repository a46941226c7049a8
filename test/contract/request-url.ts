import type { ContractRequest, QueryValue } from "./contract-case.js";

/**
 * The URL of a request: the base URL (which may carry a path such as `/crmapi/rest/v2`), the
 * operation path, and a query string where an array is one comma-separated value (`style: form`,
 * `explode: false`).
 */
export function buildUrl(baseUrl: string, request: ContractRequest): string {
  const pairs = Object.entries(request.query).map(
    ([name, value]) => `${encodeURIComponent(name)}=${encodeQueryValue(value)}`,
  );
  const query = pairs.length > 0 ? `?${pairs.join("&")}` : "";

  return `${baseUrl.replace(/\/+$/, "")}${request.path}${query}`;
}

function encodeQueryValue(value: QueryValue): string {
  // The commas separate the items, so they stay literal while each item is encoded.
  return Array.isArray(value)
    ? value.map((item) => encodeURIComponent(item)).join(",")
    : encodeURIComponent(String(value));
}
