import { readFileSync } from "node:fs";
import { join } from "node:path";

import { describe, expect, it } from "vitest";

import { repoRoot } from "../../scripts/lib/paths.js";
import { typecheck } from "../support/typecheck.js";

const file = join(repoRoot, "test", "types", "schema-types.ts");

/** The line after each `@ts-expect-error`: where the stripped file must report an error. */
const guardedLines = readFileSync(file, "utf8")
  .split("\n")
  .flatMap((text, index) => (text.includes("// @ts-expect-error") ? [index + 2] : []));

describe("generated/schema.d.ts", () => {
  it("compiles the checks, every expected error present", () => {
    expect(typecheck([file])).toEqual([]);
  });

  it("rejects a wrong enum value and a missing mandatory field", () => {
    const errors = typecheck([file], { stripExpectErrors: true });

    expect(errors.map(({ line }) => line)).toEqual(guardedLines);
    expect(errors.map(({ code }) => code)).toEqual([2322, 2741, 2741, 2322]);
    expect(errors[0]!.message).toContain("Type '\"DONE\"' is not assignable");
    expect(errors[1]!.message).toContain("Property 'number_of_results' is missing");
    expect(errors[2]!.message).toContain(
      "Property 'billing_system_customer_identifier' is missing",
    );
    expect(errors[3]!.message).toContain("Type '\"NOT_PROCESSED\"' is not assignable");
  });
});
