import { readFieldLimits, readMaxItems } from "./assert-within-limits.js";
import type { BatchResult } from "./batch-result.js";
import type { BatchOptions, CallOptions } from "./client-options.js";
import { drainCharges, type ChargePageHandler, type DrainResult } from "./drain-charges.js";
import type { InvokeOperation } from "./invoke-operation.js";
import { iterateCharges, type ChargeWalkQuery } from "./iterate-charges.js";
import type {
  AcknowledgedNetflixCharge,
  FailedNetflixCharge,
  NetflixCharge,
  OperationMethod,
  ResponseData,
} from "./operation-types.js";
import { resolveConcurrency } from "./resolve-concurrency.js";
import { runBatches } from "./run-batches.js";
import { labelRequest } from "./send-request.js";

/** The charge methods of the client. */
export interface ChargesApi {
  /** Lists one page of unacknowledged charges (`GET /netflix/charges/list`). */
  list: OperationMethod<"listCharges">;
  /** Yields every page of charges, by offset, until a short or empty page. */
  iterate(query: ChargeWalkQuery): AsyncIterable<NetflixCharge[]>;
  /** Acknowledges at most 50 charges in one call; throws a `LimitError` beyond the bounds. */
  acknowledgeBatch(
    items: AcknowledgedNetflixCharge[],
    options?: CallOptions,
  ): Promise<ResponseData<"acknowledgeCharges">>;
  /** Acknowledges any number of charges in calls of at most 50, accounting for each one. */
  acknowledge(
    items: readonly AcknowledgedNetflixCharge[],
    options?: BatchOptions,
  ): Promise<BatchResult<AcknowledgedNetflixCharge, FailedNetflixCharge>>;
  /** Reads, handles and acknowledges charges until none are left, never skipping one. */
  drain(query: ChargeWalkQuery, handler: ChargePageHandler): Promise<DrainResult>;
}

/** Builds the charge methods on top of the invoker. */
export function createChargesApi(invoke: InvokeOperation): ChargesApi {
  const defaultPageSize = readFieldLimits("listCharges").number_of_results?.maximum ?? 1;
  const list: ChargesApi["list"] = (query, options) => invoke("listCharges", query, options);
  const acknowledgeBatch: ChargesApi["acknowledgeBatch"] = (items, options) =>
    invoke("acknowledgeCharges", { acknowledged_charges_set: items }, options);

  const acknowledge: ChargesApi["acknowledge"] = async (items, options = {}) =>
    runBatches({
      items,
      keyOf: (item) => item.number,
      keyOfFailure: (failure) => failure.number,
      batchSize: readMaxItems("acknowledgeCharges", "acknowledged_charges_set"),
      concurrency: resolveConcurrency(options.concurrency, labelRequest("acknowledgeCharges")),
      signal: options.signal,
      send: async (batch) => (await acknowledgeBatch(batch)).failed_charges_set ?? [],
    });

  return {
    list,
    iterate: (query) => iterateCharges(list, query, defaultPageSize),
    acknowledgeBatch,
    acknowledge,
    drain: (query, handler) =>
      drainCharges(list, (items) => acknowledge(items), query, handler, defaultPageSize),
  };
}
