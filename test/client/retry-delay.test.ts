import { describe, expect, it } from "vitest";

import {
  computeRetryDelay,
  isRetryableStatus,
  parseRetryAfter,
  resolveRetryPolicy,
} from "../../src/retry-delay.js";

const policy = resolveRetryPolicy();
const now = Date.UTC(2026, 0, 1, 12, 0, 0);

describe("retry delay", () => {
  it("defaults to 2 retries, 250 ms doubling up to 5 s, and Retry-After up to 30 s", () => {
    expect(policy).toEqual({ retries: 2, baseDelay: 250, maxDelay: 5000, maxRetryAfter: 30_000 });
  });

  it("retries 429 and every 5xx, nothing else", () => {
    expect([200, 400, 401, 404, 429, 500, 502, 503].filter(isRetryableStatus)).toEqual([
      429, 500, 502, 503,
    ]);
  });

  it("doubles the ceiling per attempt and jitters between half of it and all of it", () => {
    const delay = (attempt: number, random: number) =>
      computeRetryDelay({ attempt, policy, retryAfter: null, now, random: () => random });

    expect([0, 1, 2].map((attempt) => delay(attempt, 0))).toEqual([125, 250, 500]);
    expect([0, 1, 2].map((attempt) => delay(attempt, 0.999999))).toEqual([250, 500, 1000]);
    expect(delay(10, 0.999999)).toBe(5000);
  });

  it("prefers Retry-After and caps it at `maxRetryAfter`", () => {
    const delay = (retryAfter: string) =>
      computeRetryDelay({ attempt: 0, policy, retryAfter, now, random: () => 0 });

    expect(delay("2")).toBe(2000);
    expect(delay("3600")).toBe(30_000);
    expect(delay(new Date(now + 7000).toUTCString())).toBe(7000);
  });

  it("reads Retry-After as seconds or an HTTP date and ignores anything else", () => {
    expect(parseRetryAfter("0", now)).toBe(0);
    expect(parseRetryAfter(" 5 ", now)).toBe(5000);
    expect(parseRetryAfter(new Date(now - 5000).toUTCString(), now)).toBe(0);
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter("", now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
