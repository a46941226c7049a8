import type { FieldPath } from "./schema-fields.js";

/** The value at `path`, or undefined when any step is missing. */
export function readAt(value: unknown, path: FieldPath): unknown {
  return path.reduce<unknown>(
    (node, key) =>
      typeof node === "object" && node !== null
        ? (node as Record<string | number, unknown>)[key]
        : undefined,
    value,
  );
}

/** A copy of `value` with `path` set to `replacement`; the parent must exist. */
export function writeAt(value: unknown, path: FieldPath, replacement: unknown): unknown {
  const copy = structuredClone(value);
  const parent = readAt(copy, path.slice(0, -1)) as Record<string | number, unknown>;

  parent[path.at(-1)!] = replacement;

  return copy;
}

/** A copy of `value` without the property at `path`. */
export function removeAt(value: unknown, path: FieldPath): unknown {
  const copy = structuredClone(value);
  const parent = readAt(copy, path.slice(0, -1)) as Record<string | number, unknown>;

  delete parent[path.at(-1)!];

  return copy;
}

/** The path as people write it: `devices[0].esn`. */
export function formatPath(path: FieldPath): string {
  return path
    .map((key, index) => (typeof key === "number" ? `[${key}]` : index === 0 ? key : `.${key}`))
    .join("");
}
