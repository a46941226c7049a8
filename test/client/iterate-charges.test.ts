import { describe, expect, it } from "vitest";

import type { NetflixCharge } from "../../src/index.js";
import { createChargeStore } from "./support/charge-store.js";
import { createTestClient } from "./support/fake-upstream.js";

describe("iterate", () => {
  it("yields every page by offset until a short page", async () => {
    const store = createChargeStore(120);
    const { client, upstream } = createTestClient(store.handle);
    const pages: NetflixCharge[][] = [];

    for await (const page of client.charges.iterate({ charge_status: "PROCESSED" })) {
      pages.push(page);
    }

    expect(pages.map((page) => page.length)).toEqual([50, 50, 20]);
    expect(upstream.callsTo("/netflix/charges/list").map((call) => call.query.offset)).toEqual([
      "0",
      "50",
      "100",
    ]);
  });

  it("stops after an empty page when the list is a multiple of the page size", async () => {
    const store = createChargeStore(40);
    const { client, upstream } = createTestClient(store.handle);
    const sizes: number[] = [];

    for await (const page of client.charges.iterate({ charge_status: "PROCESSED", pageSize: 20 })) {
      sizes.push(page.length);
    }

    expect(sizes).toEqual([20, 20]);
    expect(upstream.callsTo("/netflix/charges/list")).toHaveLength(3);
  });

  it("skips charges when the loop acknowledges as it iterates (why drain exists)", async () => {
    const store = createChargeStore(120);
    const { client } = createTestClient(store.handle);

    for await (const page of client.charges.iterate({ charge_status: "PROCESSED" })) {
      await client.charges.acknowledge(
        page.map((charge) => ({
          number: charge.number ?? "",
          billing_system_customer_identifier: charge.billing_system_customer_identifier ?? "",
        })),
      );
    }

    expect(store.acknowledged).toHaveLength(70);
    expect(store.pending).toHaveLength(50);
    expect(store.pending[0]?.number).toBe("NFC0000050");
  });
});
