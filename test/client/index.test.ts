import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

import { describe, expect, it } from "vitest";

const sourceFolder = join(import.meta.dirname, "..", "..", "src");

describe("src", () => {
  it("never logs: no console call in any source file", () => {
    const offenders = readdirSync(sourceFolder)
      .filter((file) => file.endsWith(".ts"))
      .filter((file) => /\bconsole\s*\./.test(readFileSync(join(sourceFolder, file), "utf8")));

    expect(offenders).toEqual([]);
  });

  it("restates no upstream limit in code: 50, 1000 and 86400 come from generated/limits.ts", () => {
    const withoutComments = (text: string) =>
      text
        .split("\n")
        .filter((line) => !/^\s*(\/\*\*|\*|\/\/)/.test(line))
        .join("\n");
    const offenders = readdirSync(sourceFolder)
      .filter((file) => file.endsWith(".ts"))
      .filter((file) =>
        /\b(50|86400)\b|(?<!\* )\b1000\b/.test(
          withoutComments(readFileSync(join(sourceFolder, file), "utf8")),
        ),
      );

    expect(offenders).toEqual([]);
  });
});
