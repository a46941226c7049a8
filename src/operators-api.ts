import { readMaxItems } from "./assert-within-limits.js";
import type { BatchResult } from "./batch-result.js";
import type { BatchOptions, CallOptions } from "./client-options.js";
import type { InvokeOperation } from "./invoke-operation.js";
import type { FailedDevice, GroupIdentifier, ResponseData } from "./operation-types.js";
import { resolveConcurrency } from "./resolve-concurrency.js";
import { runBatches } from "./run-batches.js";
import { labelRequest } from "./send-request.js";

type DeviceOperation = "registerDevices" | "unregisterDevices";

/** The device methods of the client; devices are given as ESN strings. */
export interface OperatorsApi {
  /** Registers any number of ESNs with the operator's group, in calls of at most 1000. */
  registerDevices(
    group: GroupIdentifier,
    esns: readonly string[],
    options?: BatchOptions,
  ): Promise<BatchResult<string, FailedDevice>>;
  /** Unregisters any number of ESNs from the operator's group, in calls of at most 1000. */
  unregisterDevices(
    group: GroupIdentifier,
    esns: readonly string[],
    options?: BatchOptions,
  ): Promise<BatchResult<string, FailedDevice>>;
  /** Registers at most 1000 ESNs in one call; throws a `LimitError` beyond the spec's bounds. */
  registerDevicesBatch(
    group: GroupIdentifier,
    esns: readonly string[],
    options?: CallOptions,
  ): Promise<ResponseData<"registerDevices">>;
  /** Unregisters at most 1000 ESNs in one call; throws a `LimitError` beyond the spec's bounds. */
  unregisterDevicesBatch(
    group: GroupIdentifier,
    esns: readonly string[],
    options?: CallOptions,
  ): Promise<ResponseData<"unregisterDevices">>;
}

/** Builds the device methods on top of the invoker. */
export function createOperatorsApi(invoke: InvokeOperation): OperatorsApi {
  const sendOne = (
    operation: DeviceOperation,
    group: GroupIdentifier,
    esns: readonly string[],
    options?: CallOptions,
  ) =>
    invoke(operation, { group_identifier: group, devices: esns.map((esn) => ({ esn })) }, options);

  const sendAll = async (
    operation: DeviceOperation,
    group: GroupIdentifier,
    esns: readonly string[],
    options: BatchOptions = {},
  ) =>
    runBatches({
      items: esns,
      keyOf: (esn) => esn,
      keyOfFailure: (failure: FailedDevice) => failure.esn,
      batchSize: readMaxItems(operation, "devices"),
      concurrency: resolveConcurrency(options.concurrency, labelRequest(operation)),
      signal: options.signal,
      send: async (batch) => (await sendOne(operation, group, batch)).failed_devices_set ?? [],
    });

  return {
    registerDevices: (group, esns, options) => sendAll("registerDevices", group, esns, options),
    unregisterDevices: (group, esns, options) => sendAll("unregisterDevices", group, esns, options),
    registerDevicesBatch: (group, esns, options) =>
      sendOne("registerDevices", group, esns, options),
    unregisterDevicesBatch: (group, esns, options) =>
      sendOne("unregisterDevices", group, esns, options),
  };
}
