import { describe, expect, it } from "vitest";

import { OptionError, StatusError } from "../../src/index.js";
import { createTestClient, respondWith, type RecordedCall } from "./support/fake-upstream.js";

interface SentCharge {
  number: string;
  billing_system_customer_identifier: string;
  reference_number?: string;
}

function createCharges(count: number): SentCharge[] {
  return Array.from({ length: count }, (_, index) => ({
    number: `NFC${String(index).padStart(7, "0")}`,
    billing_system_customer_identifier: `pci${index}`,
  }));
}

function sentCharges(call: RecordedCall | undefined): SentCharge[] {
  return (call?.body?.acknowledged_charges_set ?? []) as SentCharge[];
}

function acceptAll() {
  return respondWith({ failed_charges_set: [] });
}

describe("acknowledge", () => {
  it("returns an empty result for 0 charges without any request", async () => {
    const { client, upstream } = createTestClient(acceptAll);

    const result = await client.charges.acknowledge([]);

    expect(result).toEqual({
      outcomes: [],
      done: [],
      failed: [],
      notAttempted: [],
      unmatchedFailures: [],
      calls: 0,
    });
    expect(upstream.calls).toHaveLength(0);
  });

  it("sends 1 charge in one call", async () => {
    const { client, upstream } = createTestClient(acceptAll);

    const result = await client.charges.acknowledge(createCharges(1));

    expect(result.calls).toBe(1);
    expect(result.done.map((outcome) => outcome.index)).toEqual([0]);
    expect(upstream.callsTo("/netflix/charges/acknowledge")).toHaveLength(1);
  });

  it("sends 50 charges in one call", async () => {
    const { client, upstream } = createTestClient(acceptAll);

    const result = await client.charges.acknowledge(createCharges(50));

    expect(result.done).toHaveLength(50);
    expect(
      upstream.callsTo("/netflix/charges/acknowledge").map((call) => sentCharges(call).length),
    ).toEqual([50]);
  });

  it("splits 51 charges into calls of 50 and 1", async () => {
    const { client, upstream } = createTestClient(acceptAll);

    await client.charges.acknowledge(createCharges(51));

    expect(
      upstream.callsTo("/netflix/charges/acknowledge").map((call) => sentCharges(call).length),
    ).toEqual([50, 1]);
  });

  it("splits 120 charges into calls of 50, 50 and 20, each charge sent once in order", async () => {
    const { client, upstream } = createTestClient(acceptAll);
    const charges = createCharges(120);

    const result = await client.charges.acknowledge(charges, { concurrency: 1 });

    const calls = upstream.callsTo("/netflix/charges/acknowledge");

    expect(calls.map((call) => sentCharges(call).length)).toEqual([50, 50, 20]);
    expect(calls.flatMap(sentCharges)).toEqual(charges);
    expect(result.done.map((outcome) => outcome.item)).toEqual(charges);
  });

  it("maps `failed_charges_set` entries back to the input items by charge number", async () => {
    const { client } = createTestClient(() =>
      respondWith({
        failed_charges_set: [
          {
            number: "NFC0000001",
            error_code: "CHARGE_NOT_FOUND",
            error_description: "The charge does not exist or was already acknowledged.",
          },
          { number: "NFC9999999", error_code: "UNKNOWN" },
        ],
      }),
    );

    const result = await client.charges.acknowledge(createCharges(3));

    expect(result.outcomes.map((outcome) => outcome.status)).toEqual(["done", "failed", "done"]);
    expect(result.failed[0]).toMatchObject({
      index: 1,
      failure: { error_code: "CHARGE_NOT_FOUND" },
    });
    expect(result.unmatchedFailures).toEqual([{ number: "NFC9999999", error_code: "UNKNOWN" }]);
  });

  it("sends a repeated charge number once and gives the copy the first one's outcome", async () => {
    const { client, upstream } = createTestClient(() =>
      respondWith({ failed_charges_set: [{ number: "NFC0000000", error_code: "E1" }] }),
    );
    const [first, second] = createCharges(2) as [SentCharge, SentCharge];

    const result = await client.charges.acknowledge([first, second, { ...first }]);

    expect(sentCharges(upstream.calls[1]).map((charge) => charge.number)).toEqual([
      "NFC0000000",
      "NFC0000001",
    ]);
    expect(result.outcomes.map((outcome) => [outcome.status, outcome.duplicateOf])).toEqual([
      ["failed", undefined],
      ["done", undefined],
      ["failed", 0],
    ]);
  });

  it("accounts for a failed middle batch and stops sending after it", async () => {
    let call = 0;
    const { client } = createTestClient(() => {
      call += 1;

      return call === 2 ? respondWith(null, { code: "LOCKED", status: 409 }) : acceptAll();
    });

    const result = await client.charges.acknowledge(createCharges(120), { concurrency: 1 });

    expect(result.calls).toBe(2);
    expect(result.done.map((outcome) => outcome.index)).toEqual([...Array(50).keys()]);
    expect(
      result.notAttempted.slice(0, 50).every((outcome) => outcome.reason === "call_failed"),
    ).toBe(true);
    expect(result.notAttempted.slice(50).every((outcome) => outcome.reason === "stopped")).toBe(
      true,
    );
    expect(result.notAttempted).toHaveLength(70);
    expect(result.notAttempted[0]?.error).toBeInstanceOf(StatusError);
    expect(result.outcomes).toHaveLength(120);
  });

  it("stops further calls when the signal aborts, and finishes the call in flight", async () => {
    const controller = new AbortController();
    const { client, upstream } = createTestClient(() => {
      controller.abort(new Error("shutting down"));

      return acceptAll();
    });

    const result = await client.charges.acknowledge(createCharges(120), {
      concurrency: 1,
      signal: controller.signal,
    });

    expect(upstream.callsTo("/netflix/charges/acknowledge")).toHaveLength(1);
    expect(result.done).toHaveLength(50);
    expect(result.notAttempted).toHaveLength(70);
    expect(result.notAttempted.every((outcome) => outcome.reason === "aborted")).toBe(true);
  });

  it("rejects an invalid concurrency before any request", async () => {
    const { client, upstream } = createTestClient(acceptAll);

    const error = await client.charges
      .acknowledge(createCharges(3), { concurrency: 0 })
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(OptionError);
    expect((error as Error).message).toBe(
      "Option `concurrency` is 0, not an integer from 1 to 16; pass an integer from 1 to 16, or " +
        "leave it out for 2: POST /netflix/charges/acknowledge",
    );
    expect(upstream.calls).toHaveLength(0);
  });
});

describe("list", () => {
  it("sends the filter, the paging fields and the token in the query", async () => {
    const { client, upstream, token } = createTestClient(() => respondWith({ charges_set: [] }));

    await client.charges.list({ charge_status: "PROCESSED", offset: 10, number_of_results: 25 });

    expect(upstream.calls.at(-1)?.query).toEqual({
      charge_status: "PROCESSED",
      offset: "10",
      number_of_results: "25",
      token,
    });
  });
});
