import { computeRetryDelay, isRetryableStatus, type RetryPolicy } from "./retry-delay.js";

/** What a retrying fetch needs from the client. */
export interface RetryingFetchOptions {
  fetch: (input: Request) => Promise<Response>;
  policy: RetryPolicy;
  sleep: (milliseconds: number, signal?: AbortSignal) => Promise<void>;
  random: () => number;
  now: () => number;
}

/**
 * Wraps fetch so that GET requests, which upstream defines as idempotent reads, are retried on a
 * network failure, a 5xx or a 429. Every other method goes through exactly once, because a POST
 * that reached the server may have changed data.
 */
export function createRetryingFetch(options: RetryingFetchOptions) {
  return async function retryingFetch(request: Request): Promise<Response> {
    if (request.method !== "GET") {
      return options.fetch(request);
    }

    for (let attempt = 0; ; attempt += 1) {
      const isLastAttempt = attempt >= options.policy.retries;
      let retryAfter: string | null = null;

      try {
        const response = await options.fetch(request.clone());

        if (isLastAttempt || !isRetryableStatus(response.status)) {
          return response;
        }

        retryAfter = response.headers.get("retry-after");
        await response.body?.cancel();
      } catch (error) {
        if (isLastAttempt || request.signal.aborted) {
          throw error;
        }
      }

      const delay = computeRetryDelay({
        attempt,
        policy: options.policy,
        retryAfter,
        now: options.now(),
        random: options.random,
      });

      await options.sleep(delay, request.signal);
    }
  };
}
