import { describe, expect, it } from "vitest";

import { createChargeStore } from "./support/charge-store.js";
import { createTestClient, respondWith } from "./support/fake-upstream.js";

describe("drain", () => {
  it("acknowledges all 120 charges, reading each page from offset 0", async () => {
    const store = createChargeStore(120);
    const { client, upstream } = createTestClient(store.handle);
    const handled: string[] = [];

    const result = await client.charges.drain({ charge_status: "PROCESSED" }, (charges) => {
      handled.push(...charges.map((charge) => charge.number ?? ""));
    });

    expect(store.pending).toEqual([]);
    expect(handled).toHaveLength(120);
    expect(new Set(handled).size).toBe(120);
    expect(result.acknowledged).toHaveLength(120);
    expect(upstream.callsTo("/netflix/charges/list").map((call) => call.query.offset)).toEqual([
      "0",
      "0",
      "0",
    ]);
  });

  it("moves the offset past charges that failed to acknowledge, so it never loops", async () => {
    const store = createChargeStore(120, { refuse: new Set(["NFC0000003", "NFC0000060"]) });
    const { client, upstream } = createTestClient(store.handle);

    const result = await client.charges.drain(
      { charge_status: "PROCESSED", pageSize: 50 },
      () => undefined,
    );

    expect(store.pending.map((charge) => charge.number)).toEqual(["NFC0000003", "NFC0000060"]);
    expect(result.acknowledged).toHaveLength(118);
    expect(result.failed.map((outcome) => outcome.failure.error_code)).toEqual([
      "CHARGE_LOCKED",
      "CHARGE_LOCKED",
    ]);
    expect(result.handled).toBe(120);
    expect(upstream.callsTo("/netflix/charges/list").map((call) => call.query.offset)).toEqual([
      "0",
      "1",
      "2",
    ]);
  });

  it("sends the acknowledgements the handler returns, with reference numbers", async () => {
    const store = createChargeStore(3);
    const { client, upstream } = createTestClient(store.handle);

    await client.charges.drain({ charge_status: "PROCESSED" }, (charges) =>
      charges.map((charge) => ({
        number: charge.number ?? "",
        billing_system_customer_identifier: charge.billing_system_customer_identifier ?? "",
        reference_number: `INV-${charge.number}`,
      })),
    );

    expect(
      upstream.callsTo("/netflix/charges/acknowledge")[0]?.body?.acknowledged_charges_set,
    ).toEqual([
      {
        number: "NFC0000000",
        billing_system_customer_identifier: "pci0",
        reference_number: "INV-NFC0000000",
      },
      {
        number: "NFC0000001",
        billing_system_customer_identifier: "pci1",
        reference_number: "INV-NFC0000001",
      },
      {
        number: "NFC0000002",
        billing_system_customer_identifier: "pci2",
        reference_number: "INV-NFC0000002",
      },
    ]);
  });

  it("leaves charges the handler does not acknowledge listed and walks past them", async () => {
    const store = createChargeStore(60);
    const { client } = createTestClient(store.handle);

    const result = await client.charges.drain(
      { charge_status: "PROCESSED", pageSize: 20 },
      (charges) =>
        charges
          .filter((charge) => Number(charge.number?.slice(3)) % 2 === 0)
          .map((charge) => ({
            number: charge.number ?? "",
            billing_system_customer_identifier: charge.billing_system_customer_identifier ?? "",
          })),
    );

    expect(store.pending).toHaveLength(30);
    expect(result.acknowledged).toHaveLength(30);
    expect(result.handled).toBe(60);
  });

  it("stops before the next page when the signal aborts", async () => {
    const store = createChargeStore(120);
    const { client } = createTestClient(store.handle);
    const controller = new AbortController();

    const result = await client.charges.drain(
      { charge_status: "PROCESSED", signal: controller.signal },
      () => controller.abort(),
    );

    expect(result.aborted).toBe(true);
    expect(result.pages).toBe(1);
    expect(store.pending).toHaveLength(70);
  });

  it("stops when an acknowledge call fails as a whole and reports its charges", async () => {
    const store = createChargeStore(120);
    const { client } = createTestClient((call) =>
      call.path === "/netflix/charges/acknowledge"
        ? new Response("Service unavailable", { status: 503 })
        : store.handle(call),
    );

    const result = await client.charges.drain({ charge_status: "PROCESSED" }, () => undefined);

    expect(result.pages).toBe(1);
    expect(result.notAttempted).toHaveLength(50);
    expect(store.pending).toHaveLength(120);
  });

  it("reads an empty list once and acknowledges nothing", async () => {
    const { client, upstream } = createTestClient(() => respondWith({ charges_set: [] }));

    const result = await client.charges.drain({ charge_status: "NOT_PROCESSED" }, () => undefined);

    expect(result).toMatchObject({ pages: 1, handled: 0, aborted: false });
    expect(upstream.callsTo("/netflix/charges/acknowledge")).toHaveLength(0);
  });
});
