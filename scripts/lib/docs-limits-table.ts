import { extractLimits, type FieldLimit } from "./extract-limits.js";
import { listOperations, type OpenApiDocument } from "./openapi-document.js";

/** A Markdown table of every request bound the description declares, by operation and field. */
export function renderLimitsTable(document: OpenApiDocument): string {
  const limits = extractLimits(document);
  const requests = new Map(
    listOperations(document).map(({ method, path, operation }) => [
      operation.operationId,
      `${method.toUpperCase()} ${path}`,
    ]),
  );
  const rows = Object.entries(limits).flatMap(([operationId, fields]) =>
    Object.entries(fields).map(([field, limit]) => {
      const request = `\`${requests.get(operationId)}\``;

      return `| ${request} | \`${field}\` (${limit.in}) | ${describeBounds(limit)} |`;
    }),
  );

  return ["| request | field | allowed |", "| --- | --- | --- |", ...rows].join("\n");
}

function describeBounds(limit: FieldLimit): string {
  if (limit.kind === "array") {
    return rangeOf(limit.minItems, limit.maxItems, "items");
  }

  return rangeOf(limit.minimum, limit.maximum, "");
}

function rangeOf(low: number | undefined, high: number | undefined, unit: string): string {
  const suffix = unit ? ` ${unit}` : "";

  if (low !== undefined && high !== undefined) {
    return `${low} to ${high}${suffix}`;
  }

  return low !== undefined ? `${low} or more${suffix}` : `at most ${high}${suffix}`;
}
