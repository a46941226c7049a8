import { describe, expect, it } from "vitest";

import { LimitError } from "../../src/index.js";
import { createTestClient, respondWith } from "./support/fake-upstream.js";

function createCharges(count: number) {
  return Array.from({ length: count }, (_, index) => ({
    number: `NFC${String(index).padStart(7, "0")}`,
    billing_system_customer_identifier: `pci${index}`,
  }));
}

function createEsns(count: number): string[] {
  return Array.from({ length: count }, (_, index) => `ESN-${index}`);
}

const group = { name: "Telkom Operator" };

describe("limits", () => {
  it("sends 50 charges in a single call", async () => {
    const { client, upstream } = createTestClient(() => respondWith({ failed_charges_set: [] }));

    await client.charges.acknowledgeBatch(createCharges(50));

    expect(upstream.callsTo("/netflix/charges/acknowledge")).toHaveLength(1);
  });

  it("rejects 51 charges in a single call before any request", async () => {
    const { client, upstream } = createTestClient(() => respondWith({}));

    const error = await client.charges
      .acknowledgeBatch(createCharges(51))
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(LimitError);
    expect(error).toMatchObject({
      code: "ERR_NETFLIX_LIMIT",
      field: "acknowledged_charges_set",
      limit: 50,
      actual: 51,
    });
    expect((error as Error).message).toBe(
      "`acknowledged_charges_set` holds 51 items, more than the limit of 50 per call; send at " +
        "most 50 per call, or use the batch helper that splits them: " +
        "POST /netflix/charges/acknowledge",
    );
    expect(upstream.calls).toHaveLength(0);
  });

  it("rejects 0 charges in a single call", async () => {
    const { client, upstream } = createTestClient(() => respondWith({}));

    await expect(client.charges.acknowledgeBatch([])).rejects.toThrow(
      "`acknowledged_charges_set` holds 0 items, fewer than the minimum of 1 per call; send at " +
        "least 1: POST /netflix/charges/acknowledge",
    );
    expect(upstream.calls).toHaveLength(0);
  });

  it("accepts 1000 devices and rejects 1001 in a single call", async () => {
    const { client, upstream } = createTestClient(() => respondWith({ failed_devices_set: [] }));

    await client.operators.registerDevicesBatch(group, createEsns(1000));

    await expect(client.operators.unregisterDevicesBatch(group, createEsns(1001))).rejects.toThrow(
      "`devices` holds 1001 items, more than the limit of 1000 per call; send at most 1000 per " +
        "call, or use the batch helper that splits them: " +
        "POST /netflix/operators/unregister_devices",
    );
    expect(upstream.callsTo("/netflix/operators/register_devices")).toHaveLength(1);
    expect(upstream.callsTo("/netflix/operators/unregister_devices")).toHaveLength(0);
  });

  it("rejects `number_of_results` over 50 and under 1, and accepts 50", async () => {
    const { client, upstream } = createTestClient(() => respondWith({ charges_set: [] }));
    const query = { charge_status: "NOT_PROCESSED", offset: 0 } as const;

    await client.charges.list({ ...query, number_of_results: 50 });

    await expect(client.charges.list({ ...query, number_of_results: 51 })).rejects.toThrow(
      "`number_of_results` is 51, above the maximum of 50; pass a value of at most 50: " +
        "GET /netflix/charges/list",
    );
    await expect(client.charges.list({ ...query, number_of_results: 0 })).rejects.toThrow(
      "`number_of_results` is 0, below the minimum of 1; pass a value of at least 1: " +
        "GET /netflix/charges/list",
    );
    await expect(
      client.charges.list({ ...query, offset: -1, number_of_results: 10 }),
    ).rejects.toThrow("`offset` is -1, below the minimum of 0; pass a value of at least 0");
    expect(upstream.callsTo("/netflix/charges/list")).toHaveLength(1);
  });

  it("rejects `validity_duration` over 86400 and accepts 86400", async () => {
    const { client, upstream } = createTestClient(() => respondWith({ token: "NFX" }));
    const customer = { billing_system_customer_identifier: "pci123" };

    await client.subscriptions.create({ ...customer, validity_duration: 86400 });

    const error = await client.subscriptions
      .create({ ...customer, validity_duration: 86401 })
      .catch((caught: unknown) => caught);

    expect(error).toMatchObject({ field: "validity_duration", limit: 86400, actual: 86401 });
    expect((error as Error).message).toBe(
      "`validity_duration` is 86401, above the maximum of 86400; pass a value of at most 86400: " +
        "POST /netflix/subscriptions/create",
    );
    expect(upstream.callsTo("/netflix/subscriptions/create")).toHaveLength(1);
  });

  it("rejects a fraction where the spec takes whole numbers, before any request", async () => {
    const { client, upstream } = createTestClient(() => respondWith({ charges_set: [] }));

    const error = await client.charges
      .list({ charge_status: "PROCESSED", offset: 0, number_of_results: 2.5 })
      .catch((caught: unknown) => caught);

    expect(error).toMatchObject({ field: "number_of_results", limit: "integer", actual: 2.5 });
    expect((error as Error).message).toBe(
      "`number_of_results` is 2.5, not a whole number; pass an integer: GET /netflix/charges/list",
    );
    expect(upstream.calls).toHaveLength(0);
  });
});
