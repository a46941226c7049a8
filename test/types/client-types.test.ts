import { join } from "node:path";

import { describe, expect, it } from "vitest";

import { repoRoot } from "../../scripts/lib/paths.js";
import { typecheck } from "../support/typecheck.js";

const file = join(repoRoot, "test", "types", "client-surface.ts");
const strictness = { compilerOptions: { noUnusedLocals: true } };

describe("client types", () => {
  it("refuse every call marked with @ts-expect-error, and accept the rest", () => {
    expect(typecheck([file], strictness)).toEqual([]);
  });

  it("report the expected errors once the markers are removed", () => {
    const result = typecheck([file], { ...strictness, stripExpectErrors: true });
    const errors = result.map(({ code, message }) => `TS${code} ${message}`);

    expect(errors).toHaveLength(5);
    expect(errors[0]).toMatch(
      /^TS2322 Type '"DONE"' is not assignable to type '"NOT_PROCESSED" \| "PROCESSED"'/,
    );
    expect(errors[1]).toMatch(/^TS2345 Argument of type '\{\}' is not assignable/);
    expect(errors[1]).toContain("Property 'billing_system_customer_identifier' is missing");
    expect(errors[2]).toMatch(/^TS2322 Type '"FAX"' is not assignable/);
    expect(errors[3]).toMatch(/^TS2741 .*billing_system_customer_identifier/);
    expect(errors[4]).toMatch(/^TS2353 .*'token' does not exist/);
  });
});
