import { describe, expect, it } from "vitest";

import { HttpError, NetworkError, StatusError } from "../../src/index.js";
import { createTestClient, respondWith } from "./support/fake-upstream.js";

/** A handler that answers with each response in turn, then with the last one. */
function answerInTurn(...answers: (() => Response)[]) {
  let call = 0;

  return () => {
    const answer = answers[Math.min(call, answers.length - 1)] as () => Response;

    call += 1;

    return answer();
  };
}

const unavailable = () => new Response("Service unavailable", { status: 503 });

describe("retries", () => {
  it("retries a GET after a 503 and returns the success", async () => {
    const { client, upstream, sleeps } = createTestClient(
      answerInTurn(unavailable, () => respondWith([])),
    );

    await expect(client.promotions.list()).resolves.toEqual([]);
    expect(upstream.callsTo("/netflix/promotions/list")).toHaveLength(2);
    expect(sleeps).toEqual([188]);
  });

  it("never retries a POST after a 503", async () => {
    const { client, upstream, sleeps } = createTestClient(unavailable);

    const error = await client.subscriptions
      .suspend({ billing_system_customer_identifier: "pci123" })
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(HttpError);
    expect(upstream.callsTo("/netflix/subscriptions/suspend")).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it("gives up after 2 retries by default with doubling, jittered delays", async () => {
    const { client, upstream, sleeps } = createTestClient(unavailable);

    await expect(client.promotions.list()).rejects.toThrow(
      "Upstream answered HTTP 503 without a `{ data, status }` envelope to `listPromotions`",
    );
    expect(upstream.callsTo("/netflix/promotions/list")).toHaveLength(3);
    expect(sleeps).toEqual([188, 375]);
  });

  it("retries a GET after a network failure", async () => {
    let call = 0;
    const { client } = createTestClient(() => {
      call += 1;

      if (call === 1) {
        throw new TypeError("fetch failed");
      }

      return respondWith([]);
    });

    await expect(client.promotions.list()).resolves.toEqual([]);
    expect(call).toBe(2);
  });

  it("throws a NetworkError once the retries are spent", async () => {
    const { client } = createTestClient(
      () => {
        throw new TypeError("fetch failed");
      },
      { retry: { retries: 1 } },
    );

    await expect(client.promotions.list()).rejects.toBeInstanceOf(NetworkError);
  });

  it("waits the `Retry-After` seconds of a 429", async () => {
    const tooMany = () => new Response("", { status: 429, headers: { "Retry-After": "3" } });
    const { client, sleeps } = createTestClient(answerInTurn(tooMany, () => respondWith([])));

    await client.promotions.list();

    expect(sleeps).toEqual([3000]);
  });

  it("waits until a `Retry-After` HTTP date, capped at `maxRetryAfter`", async () => {
    const now = Date.UTC(2026, 0, 1, 12, 0, 0);
    const at = (seconds: number) => new Date(now + seconds * 1000).toUTCString();
    const { client, sleeps } = createTestClient(
      answerInTurn(
        () => new Response("", { status: 503, headers: { "Retry-After": at(4) } }),
        () => new Response("", { status: 503, headers: { "Retry-After": at(600) } }),
        () => respondWith([]),
      ),
      { now: () => now, retry: { maxRetryAfter: 10_000 } },
    );

    await client.promotions.list();

    expect(sleeps).toEqual([4000, 10_000]);
  });

  it("does not retry a 4xx other than 429", async () => {
    const { client, upstream } = createTestClient(() =>
      respondWith(null, { code: "BAD", status: 400 }),
    );

    await expect(client.promotions.list()).rejects.toBeInstanceOf(StatusError);
    expect(upstream.callsTo("/netflix/promotions/list")).toHaveLength(1);
  });

  it("retries no more than `retries` allows, 0 turning retries off", async () => {
    const { client, upstream } = createTestClient(unavailable, { retry: { retries: 0 } });

    await expect(client.promotions.list()).rejects.toBeInstanceOf(HttpError);
    expect(upstream.callsTo("/netflix/promotions/list")).toHaveLength(1);
  });

  it("stops waiting when the caller aborts during a backoff", async () => {
    const controller = new AbortController();
    const { client, upstream } = createTestClient(unavailable, {
      sleep: async () => {
        controller.abort(new Error("stop"));
        throw controller.signal.reason;
      },
    });

    await expect(client.promotions.list({}, { signal: controller.signal })).rejects.toThrow("stop");
    expect(upstream.callsTo("/netflix/promotions/list")).toHaveLength(1);
  });
});
