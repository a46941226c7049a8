import { describe, expect, it } from "vitest";

import { runBatches } from "../../src/run-batches.js";

describe("runBatches", () => {
  it("keeps every outcome in input order whatever order the calls finish in", async () => {
    const result = await runBatches({
      items: ["a", "b", "c", "d", "e"],
      keyOf: (item) => item,
      keyOfFailure: (failure: { key?: string }) => failure.key,
      batchSize: 2,
      concurrency: 3,
      send: async (batch) => {
        await new Promise((resolve) => setTimeout(resolve, batch.includes("a") ? 20 : 1));

        return batch.includes("c") ? [{ key: "c" }] : [];
      },
    });

    expect(result.outcomes.map((outcome) => [outcome.index, outcome.item, outcome.status])).toEqual(
      [
        [0, "a", "done"],
        [1, "b", "done"],
        [2, "c", "failed"],
        [3, "d", "done"],
        [4, "e", "done"],
      ],
    );
    expect(result.calls).toBe(3);
  });

  it("keeps failed-set entries without a key or outside the call as unmatched", async () => {
    const result = await runBatches({
      items: ["a", "b"],
      keyOf: (item) => item,
      keyOfFailure: (failure: { key?: string }) => failure.key,
      batchSize: 1,
      concurrency: 1,
      send: async (batch) => (batch[0] === "a" ? [{}, { key: "b" }] : [{ key: "b" }, { key: "b" }]),
    });

    expect(result.outcomes.map((outcome) => outcome.status)).toEqual(["done", "failed"]);
    expect(result.unmatchedFailures).toEqual([{}, { key: "b" }, { key: "b" }]);
  });

  it("sends a key repeated across what would be two calls only once", async () => {
    const sent: string[][] = [];

    const result = await runBatches({
      items: ["a", "b", "a", "c", "a"],
      keyOf: (item) => item,
      keyOfFailure: () => undefined,
      batchSize: 2,
      concurrency: 1,
      send: async (batch) => {
        sent.push(batch);

        return [];
      },
    });

    expect(sent).toEqual([["a", "b"], ["c"]]);
    expect(result.outcomes.map((outcome) => outcome.duplicateOf)).toEqual([
      undefined,
      undefined,
      0,
      undefined,
      0,
    ]);
    expect(result.done).toHaveLength(5);
  });
});
