import type { RetryOptions } from "./client-options.js";

/** Retry bounds with every default filled in. */
export type RetryPolicy = Required<RetryOptions>;

/** Fills in the retry defaults: 2 retries, 250 ms doubling up to 5 s, `Retry-After` up to 30 s. */
export function resolveRetryPolicy(options: RetryOptions = {}): RetryPolicy {
  return {
    retries: options.retries ?? 2,
    baseDelay: options.baseDelay ?? 250,
    maxDelay: options.maxDelay ?? 5_000,
    maxRetryAfter: options.maxRetryAfter ?? 30_000,
  };
}

/** Tells whether a GET answered with this HTTP status is worth another attempt. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status >= 500;
}

/**
 * The wait before retry number `attempt` (0 for the first retry): `Retry-After` when the server
 * sent a usable one (capped at `maxRetryAfter`), otherwise exponential backoff with jitter, so
 * that many clients failing together do not retry in lockstep.
 */
export function computeRetryDelay(details: {
  attempt: number;
  policy: RetryPolicy;
  retryAfter: string | null;
  now: number;
  random: () => number;
}): number {
  const requested = parseRetryAfter(details.retryAfter, details.now);

  if (requested !== undefined) {
    return Math.min(requested, details.policy.maxRetryAfter);
  }

  const ceiling = Math.min(
    details.policy.maxDelay,
    details.policy.baseDelay * 2 ** details.attempt,
  );

  return Math.round(ceiling / 2 + (ceiling / 2) * details.random());
}

/** Reads `Retry-After` as delay seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null || value.trim() === "") {
    return undefined;
  }

  if (/^\d+$/.test(value.trim())) {
    return Number(value.trim()) * 1000;
  }

  const date = Date.parse(value);

  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
