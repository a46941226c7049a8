import { describe, expect, it } from "vitest";

import { readTokenExpiry, upstreamTokenLifetime } from "../../src/token-expiry.js";
import { createJwt } from "./support/fake-upstream.js";

const upstreamExample =
  "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9." +
  "eyJ1c3IiOiJtcGFkbWluaXN0cmF0b3IiLCJvcmciOiJldm5meCIsIm91biI6IjEiLCJleHAiOiIxNTAxMTY0ODQ4Iiwi" +
  "aWF0IjoiMTUwMTE1NzY0OCIsImp0aSI6IjdCNkJBM0RBOTMwMDQ0RDlBNDIwQjVBNUU4NEVFMzUzIn0." +
  "VfW8HoMGjS1vaH4ocUjhLjZfrM4vxcbz1LwWybxAo6s";

describe("readTokenExpiry", () => {
  it("reads the string `exp` of the upstream example JWT", () => {
    const obtainedAt = Date.UTC(2017, 6, 27, 12, 14, 8);

    expect(readTokenExpiry(upstreamExample, obtainedAt)).toBe(1501164848 * 1000);
  });

  it("reads a numeric `exp`", () => {
    expect(readTokenExpiry(createJwt({ exp: 2_000_000_000 }), 0)).toBe(2_000_000_000_000);
  });

  it("gives a pre-R12 hexadecimal token two hours from when it was obtained", () => {
    expect(readTokenExpiry("737C2CC402644029BA7827E41B932C79", 1000)).toBe(
      1000 + upstreamTokenLifetime,
    );
  });

  it("falls back to two hours for a JWT without a usable `exp`", () => {
    for (const claims of [{}, { exp: "soon" }, { exp: null }, { exp: true }]) {
      expect(readTokenExpiry(createJwt(claims), 5)).toBe(5 + upstreamTokenLifetime);
    }

    expect(readTokenExpiry("a.%%%.c", 5)).toBe(5 + upstreamTokenLifetime);
  });

  it("falls back to two hours when `exp` is not after the moment the token was obtained", () => {
    const obtainedAt = Date.UTC(2026, 0, 1);

    expect(readTokenExpiry(upstreamExample, obtainedAt)).toBe(obtainedAt + upstreamTokenLifetime);
  });
});
