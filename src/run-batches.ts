import { summariseOutcomes, type BatchResult, type ItemOutcome } from "./batch-result.js";

/** How to split items into calls and read each call's failures back onto them. */
export interface BatchPlan<Item, Failure> {
  items: readonly Item[];
  /** The identity upstream reports failures by: the ESN, or the charge number. */
  keyOf: (item: Item) => string;
  /** The key of a failed-set entry, or undefined when it carries none. */
  keyOfFailure: (failure: Failure) => string | undefined;
  batchSize: number;
  concurrency: number;
  signal?: AbortSignal;
  /** Sends one call and returns upstream's failed set. */
  send: (batch: Item[]) => Promise<Failure[]>;
}

/**
 * Sends items in calls of at most `batchSize`, `concurrency` calls at a time, and accounts for
 * every input item. A repeated key is sent once; later copies get `duplicateOf` and share the
 * first copy's outcome, so nothing is sent twice and failures map back without ambiguity. After a
 * call fails as a whole, or the signal aborts, no new call starts; calls in flight finish.
 */
export async function runBatches<Item, Failure>(
  plan: BatchPlan<Item, Failure>,
): Promise<BatchResult<Item, Failure>> {
  const outcomes: (ItemOutcome<Item, Failure> | undefined)[] = new Array(plan.items.length);
  const firstIndexByKey = new Map<string, number>();
  const uniqueIndexes: number[] = [];

  plan.items.forEach((item, index) => {
    const key = plan.keyOf(item);

    if (!firstIndexByKey.has(key)) {
      firstIndexByKey.set(key, index);
      uniqueIndexes.push(index);
    }
  });

  const batches: number[][] = [];

  for (let start = 0; start < uniqueIndexes.length; start += plan.batchSize) {
    batches.push(uniqueIndexes.slice(start, start + plan.batchSize));
  }

  const unmatchedFailures: Failure[] = [];
  let nextBatch = 0;
  let calls = 0;
  let stoppedBy: unknown;

  const runWorker = async (): Promise<void> => {
    while (nextBatch < batches.length) {
      const indexes = batches[nextBatch++] ?? [];

      if (plan.signal?.aborted || stoppedBy !== undefined) {
        const reason = plan.signal?.aborted ? "aborted" : "stopped";
        const error = plan.signal?.aborted ? plan.signal.reason : stoppedBy;

        for (const index of indexes) {
          outcomes[index] = {
            status: "not_attempted",
            reason,
            error,
            item: at(plan.items, index),
            index,
          };
        }

        continue;
      }

      calls += 1;

      try {
        const failures = await plan.send(indexes.map((index) => at(plan.items, index)));

        markFailures(plan, indexes, failures, outcomes, unmatchedFailures);
      } catch (error) {
        stoppedBy ??= error;

        for (const index of indexes) {
          outcomes[index] = {
            status: "not_attempted",
            reason: "call_failed",
            error,
            item: at(plan.items, index),
            index,
          };
        }
      }
    }
  };

  const workerCount = Math.min(plan.concurrency, batches.length);

  await Promise.all(Array.from({ length: workerCount }, runWorker));

  const complete = plan.items.map((item, index) => {
    const first = firstIndexByKey.get(plan.keyOf(item)) ?? index;
    const outcome = outcomes[first];

    if (outcome === undefined) {
      throw new Error(`Internal error: no outcome for item ${index}`);
    }

    return first === index ? outcome : { ...outcome, item, index, duplicateOf: first };
  });

  return summariseOutcomes(complete, unmatchedFailures, calls);
}

function markFailures<Item, Failure>(
  plan: BatchPlan<Item, Failure>,
  indexes: number[],
  failures: Failure[],
  outcomes: (ItemOutcome<Item, Failure> | undefined)[],
  unmatchedFailures: Failure[],
): void {
  const indexByKey = new Map(indexes.map((index) => [plan.keyOf(at(plan.items, index)), index]));

  for (const failure of failures) {
    const key = plan.keyOfFailure(failure);
    const index = key === undefined ? undefined : indexByKey.get(key);

    if (index === undefined || outcomes[index] !== undefined) {
      unmatchedFailures.push(failure);
      continue;
    }

    outcomes[index] = { status: "failed", failure, item: at(plan.items, index), index };
  }

  for (const index of indexes) {
    outcomes[index] ??= { status: "done", item: at(plan.items, index), index };
  }
}

function at<Item>(items: readonly Item[], index: number): Item {
  return items[index] as Item;
}
