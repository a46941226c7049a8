import type { FieldLimit } from "../../scripts/lib/extract-limits.js";
import type { DocumentedRequests } from "./baselines.js";
import { accepted, rejected, type AddCase, type ContractRequest } from "./contract-case.js";
import { readAt } from "./json-path.js";

/**
 * Adds, for each limited field, a case at each bound (accepted) and one beyond it (rejected),
 * and for integer fields a fraction (rejected).
 */
export function addLimitCases(
  requests: DocumentedRequests,
  fields: Record<string, FieldLimit>,
  add: AddCase,
): void {
  for (const [field, limit] of Object.entries(fields)) {
    const bounds: [string, number | undefined, 1 | -1][] =
      limit.kind === "number"
        ? [
            ["maximum", limit.maximum, 1],
            ["minimum", limit.minimum, -1],
          ]
        : [
            ["maxItems", limit.maxItems, 1],
            ["minItems", limit.minItems, -1],
          ];

    for (const [bound, value, direction] of bounds) {
      if (value === undefined) {
        continue;
      }

      const beyond = value + direction;
      const sign = direction > 0 ? "+" : "-";
      const describe = (size: number): string =>
        limit.kind === "number" ? `\`${field}\` = ${size}` : `${size} \`${field}\``;

      add({
        name: `accepts ${describe(value)} (${bound})`,
        kind: "limit",
        request: withField(requests.baseline, limit, field, sized(requests, limit, field, value)),
        expect: accepted,
      });

      // An array cannot be shorter than empty; a number below a zero minimum is a real case.
      if (limit.kind === "number" || beyond >= 0) {
        add({
          name: `rejects ${describe(beyond)} (${bound} ${sign} 1)`,
          kind: "limit",
          request: withField(
            requests.baseline,
            limit,
            field,
            sized(requests, limit, field, beyond),
          ),
          expect: rejected({ location: [limit.in, field], code: bound }),
        });
      }
    }

    if (limit.kind === "number" && limit.integer) {
      addFractionCase(requests, limit, field, add);
    }
  }
}

function addFractionCase(
  requests: DocumentedRequests,
  limit: FieldLimit,
  field: string,
  add: AddCase,
): void {
  // Half past the lowest allowed whole number is within every bound, so only the type is wrong.
  const fraction = (limit.minimum ?? (limit.maximum ?? 1) - 1) + 0.5;

  add({
    name: `rejects \`${field}\` = ${fraction} (integer)`,
    kind: "limit",
    request: withField(requests.baseline, limit, field, fraction),
    expect: rejected({ location: [limit.in, field], code: "type" }),
  });
}

/** The value of a limited field at a size: the number itself, or that many copies of an item. */
function sized(
  requests: DocumentedRequests,
  limit: FieldLimit,
  field: string,
  size: number,
): unknown {
  if (limit.kind === "number") {
    return size;
  }

  const source = limit.in === "body" ? requests.baseline.body : requests.baseline.query;
  const items = readAt(source, [field]);

  if (!Array.isArray(items) || items.length === 0) {
    throw new Error(`The baseline request holds no \`${field}\` item to repeat`);
  }

  return Array.from({ length: size }, () => structuredClone(items[0]));
}

function withField(
  request: ContractRequest,
  limit: FieldLimit,
  field: string,
  value: unknown,
): ContractRequest {
  if (limit.in === "query") {
    return { ...request, query: { ...request.query, [field]: value as string | number } };
  }

  return { ...request, body: { ...(request.body as object), [field]: value } };
}
