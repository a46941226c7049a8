import { limits } from "../generated/limits.js";
import type { OperationId } from "../generated/operations.js";
import { LimitError } from "./errors.js";

interface FieldLimit {
  kind: "number" | "array";
  integer?: boolean;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
}

/** The bounds the spec sets on each top-level field of an operation's request. */
export function readFieldLimits(operation: OperationId): Record<string, FieldLimit> {
  const table: Partial<Record<OperationId, Record<string, FieldLimit>>> = limits;

  return table[operation] ?? {};
}

/** The most items the spec allows in one call for an array field, as 50 for acknowledgements. */
export function readMaxItems(operation: OperationId, field: string): number {
  const maxItems = readFieldLimits(operation)[field]?.maxItems;

  if (maxItems === undefined) {
    throw new Error(`The spec sets no maxItems on \`${field}\` of \`${operation}\``);
  }

  return maxItems;
}

/**
 * Throws a `LimitError` naming the field, the limit and the size when a request breaks a bound
 * of the spec, so that nothing is sent that upstream would refuse.
 */
export function assertWithinLimits(
  operation: OperationId,
  fields: Record<string, unknown>,
  request: string,
): void {
  for (const [field, limit] of Object.entries(readFieldLimits(operation))) {
    const value = fields[field];

    if (limit.kind === "array" && Array.isArray(value)) {
      assertCount(field, value.length, limit, request);
    }

    if (limit.kind === "number" && typeof value === "number") {
      assertNumber(field, value, limit, request);
    }
  }
}

function assertCount(field: string, count: number, limit: FieldLimit, request: string): void {
  if (limit.maxItems !== undefined && count > limit.maxItems) {
    throw new LimitError({
      field,
      limit: limit.maxItems,
      actual: count,
      problem: `holds ${count} items, more than the limit of ${limit.maxItems} per call`,
      fix: `send at most ${limit.maxItems} per call, or use the batch helper that splits them`,
      request,
    });
  }

  if (limit.minItems !== undefined && count < limit.minItems) {
    throw new LimitError({
      field,
      limit: limit.minItems,
      actual: count,
      problem: `holds ${count} items, fewer than the minimum of ${limit.minItems} per call`,
      fix: `send at least ${limit.minItems}`,
      request,
    });
  }
}

function assertNumber(field: string, value: number, limit: FieldLimit, request: string): void {
  if (limit.integer && !Number.isInteger(value)) {
    throw new LimitError({
      field,
      limit: "integer",
      actual: value,
      problem: `is ${value}, not a whole number`,
      fix: "pass an integer",
      request,
    });
  }

  if (limit.maximum !== undefined && !(value <= limit.maximum)) {
    throw new LimitError({
      field,
      limit: limit.maximum,
      actual: value,
      problem: `is ${value}, above the maximum of ${limit.maximum}`,
      fix: `pass a value of at most ${limit.maximum}`,
      request,
    });
  }

  if (limit.minimum !== undefined && !(value >= limit.minimum)) {
    throw new LimitError({
      field,
      limit: limit.minimum,
      actual: value,
      problem: `is ${value}, below the minimum of ${limit.minimum}`,
      fix: `pass a value of at least ${limit.minimum}`,
      request,
    });
  }
}
