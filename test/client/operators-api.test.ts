import { describe, expect, it } from "vitest";

import { HttpError } from "../../src/index.js";
import { createTestClient, respondWith, type RecordedCall } from "./support/fake-upstream.js";

const group = { name: "Telkom Operator" };

function createEsns(count: number): string[] {
  return Array.from({ length: count }, (_, index) => `ESN-${index}`);
}

function sentEsns(call: RecordedCall): string[] {
  return (call.body?.devices as { esn: string }[]).map((device) => device.esn);
}

function acceptAll() {
  return respondWith({ failed_devices_set: [] });
}

describe("registerDevices", () => {
  it("returns an empty result for no ESNs without any request", async () => {
    const { client, upstream } = createTestClient(acceptAll);

    const result = await client.operators.registerDevices(group, []);

    expect(result.outcomes).toEqual([]);
    expect(result.calls).toBe(0);
    expect(upstream.calls).toHaveLength(0);
  });

  it("sends 1000 ESNs in one call with the group identifier", async () => {
    const { client, upstream } = createTestClient(acceptAll);

    await client.operators.registerDevices(group, createEsns(1000));

    const calls = upstream.callsTo("/netflix/operators/register_devices");

    expect(calls.map((call) => sentEsns(call).length)).toEqual([1000]);
    expect(calls[0]?.body?.group_identifier).toEqual(group);
  });

  it("splits 1001 ESNs into calls of 1000 and 1", async () => {
    const { client, upstream } = createTestClient(acceptAll);

    await client.operators.registerDevices(group, createEsns(1001));

    expect(
      upstream.callsTo("/netflix/operators/register_devices").map((call) => sentEsns(call).length),
    ).toEqual([1000, 1]);
  });

  it("splits 2500 ESNs into calls of 1000, 1000 and 500, each ESN sent once", async () => {
    const { client, upstream } = createTestClient(acceptAll);
    const esns = createEsns(2500);

    const result = await client.operators.registerDevices(group, esns);

    const calls = upstream.callsTo("/netflix/operators/register_devices");

    expect(calls.map((call) => sentEsns(call).length).sort()).toEqual([1000, 1000, 500].sort());
    expect(calls.flatMap(sentEsns).sort()).toEqual([...esns].sort());
    expect(result.done.map((outcome) => outcome.item)).toEqual(esns);
  });

  it("runs at most `concurrency` calls at once", async () => {
    let inFlight = 0;
    let mostInFlight = 0;
    const { client } = createTestClient(async () => {
      inFlight += 1;
      mostInFlight = Math.max(mostInFlight, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight -= 1;

      return acceptAll();
    });

    await client.operators.registerDevices(group, createEsns(6000), { concurrency: 3 });

    expect(mostInFlight).toBe(3);
  });

  it("runs 2 calls at once by default", async () => {
    let inFlight = 0;
    let mostInFlight = 0;
    const { client } = createTestClient(async () => {
      inFlight += 1;
      mostInFlight = Math.max(mostInFlight, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight -= 1;

      return acceptAll();
    });

    await client.operators.registerDevices(group, createEsns(5000));

    expect(mostInFlight).toBe(2);
  });

  it("maps `failed_devices_set` back to the input by ESN, in input order", async () => {
    const { client } = createTestClient(() =>
      respondWith({ failed_devices_set: [{ esn: "Test_7" }, { esn: "Test_1" }] }),
    );

    const result = await client.operators.registerDevices(group, ["Test_1", "Test_6", "Test_7"]);

    expect(result.outcomes.map((outcome) => [outcome.item, outcome.status])).toEqual([
      ["Test_1", "failed"],
      ["Test_6", "done"],
      ["Test_7", "failed"],
    ]);
    expect(result.failed[0]?.failure).toEqual({ esn: "Test_1" });
  });

  it("sends a duplicate ESN once and marks the copy with `duplicateOf`", async () => {
    const { client, upstream } = createTestClient(() =>
      respondWith({ failed_devices_set: [{ esn: "Test_1" }] }),
    );

    const result = await client.operators.registerDevices(group, ["Test_1", "Test_6", "Test_1"]);

    expect(sentEsns(upstream.calls[1] as RecordedCall)).toEqual(["Test_1", "Test_6"]);
    expect(result.outcomes[2]).toMatchObject({ status: "failed", index: 2, duplicateOf: 0 });
    expect(result.failed).toHaveLength(2);
  });

  it("accounts for every ESN when the middle of three calls fails", async () => {
    let call = 0;
    const { client } = createTestClient(() => {
      call += 1;

      return call === 2 ? new Response("Service unavailable", { status: 503 }) : acceptAll();
    });

    const result = await client.operators.registerDevices(group, createEsns(2500), {
      concurrency: 1,
    });

    expect(call).toBe(2);
    expect(result.done).toHaveLength(1000);
    expect(result.notAttempted.filter((outcome) => outcome.reason === "call_failed")).toHaveLength(
      1000,
    );
    expect(result.notAttempted.filter((outcome) => outcome.reason === "stopped")).toHaveLength(500);
    expect(result.notAttempted[0]?.error).toBeInstanceOf(HttpError);
    expect(result.outcomes.map((outcome) => outcome.index)).toEqual([...Array(2500).keys()]);
  });
});

describe("unregisterDevices", () => {
  it("splits 2500 ESNs into calls of at most 1000 on the unregister path", async () => {
    const { client, upstream } = createTestClient(() =>
      respondWith({ failed_devices_set: [{ esn: "ESN-1" }, { esn: "ESN-1999" }] }),
    );

    const result = await client.operators.unregisterDevices(group, createEsns(2500), {
      concurrency: 1,
    });

    expect(
      upstream
        .callsTo("/netflix/operators/unregister_devices")
        .map((call) => sentEsns(call).length),
    ).toEqual([1000, 1000, 500]);
    expect(result.failed.map((outcome) => outcome.index)).toEqual([1, 1999]);
    expect(result.done).toHaveLength(2498);
  });
});
