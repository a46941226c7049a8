import type {
  BatchResult,
  DoneOutcome,
  FailedOutcome,
  NotAttemptedOutcome,
} from "./batch-result.js";
import type { ChargeWalkQuery, ListCharges } from "./iterate-charges.js";
import type {
  AcknowledgedNetflixCharge,
  FailedNetflixCharge,
  NetflixCharge,
} from "./operation-types.js";

/**
 * Handles one page of charges (bill them, store them) and returns what to acknowledge; returning
 * nothing acknowledges every charge of the page by `number` and
 * `billing_system_customer_identifier`.
 */
export type ChargePageHandler = (
  charges: NetflixCharge[],
) => Promise<AcknowledgedNetflixCharge[] | void> | AcknowledgedNetflixCharge[] | void;

/** Acknowledges any number of charges. */
export type AcknowledgeCharges = (
  items: AcknowledgedNetflixCharge[],
) => Promise<BatchResult<AcknowledgedNetflixCharge, FailedNetflixCharge>>;

/** The account of a drain. */
export interface DrainResult {
  /** Pages read, empty ones included. */
  pages: number;
  /** Charges passed to the handler. */
  handled: number;
  acknowledged: DoneOutcome<AcknowledgedNetflixCharge>[];
  failed: FailedOutcome<AcknowledgedNetflixCharge, FailedNetflixCharge>[];
  notAttempted: NotAttemptedOutcome<AcknowledgedNetflixCharge>[];
  /** True when the signal stopped the drain before the list was exhausted. */
  aborted: boolean;
}

/**
 * Reads, handles and acknowledges charges until none are left. Acknowledged charges leave the
 * list, so it reads from offset 0 and moves the offset only past charges that are still listed
 * (failed, not acknowledged by the handler, or listed again after acknowledgement). Every page
 * thus either shrinks the list or moves the offset, and the drain always ends. It stops early when
 * an acknowledge call fails as a whole (see `notAttempted`) or the signal aborts.
 */
export async function drainCharges(
  listCharges: ListCharges,
  acknowledge: AcknowledgeCharges,
  query: ChargeWalkQuery,
  handler: ChargePageHandler,
  defaultPageSize: number,
): Promise<DrainResult> {
  const { pageSize = defaultPageSize, signal, ...filter } = query;
  const acknowledgedNumbers = new Set<string>();
  const result: DrainResult = {
    pages: 0,
    handled: 0,
    acknowledged: [],
    failed: [],
    notAttempted: [],
    aborted: false,
  };
  let offset = 0;

  for (;;) {
    if (signal?.aborted) {
      return { ...result, aborted: true };
    }

    const page = await listCharges({ ...filter, offset, number_of_results: pageSize }, { signal });
    const charges = page.charges_set ?? [];
    const fresh = charges.filter((charge) => !acknowledgedNumbers.has(charge.number ?? ""));

    result.pages += 1;
    result.handled += fresh.length;

    const items = fresh.length > 0 ? ((await handler(fresh)) ?? toAcknowledgements(fresh)) : [];
    const account = items.length > 0 ? await acknowledge(items) : undefined;

    for (const outcome of account?.done ?? []) {
      acknowledgedNumbers.add(outcome.item.number);
    }

    result.acknowledged.push(...(account?.done ?? []));
    result.failed.push(...(account?.failed ?? []));
    result.notAttempted.push(...(account?.notAttempted ?? []));

    // A call that failed as a whole would fail again for the next page: stop, and leave its
    // charges listed for the next drain.
    if (charges.length < pageSize || result.notAttempted.length > 0) {
      return result;
    }

    offset += charges.filter((charge) => !acknowledgedNumbers.has(charge.number ?? "")).length;
  }
}

function toAcknowledgements(charges: NetflixCharge[]): AcknowledgedNetflixCharge[] {
  return charges.flatMap((charge) =>
    charge.number !== undefined && charge.billing_system_customer_identifier !== undefined
      ? [
          {
            number: charge.number,
            billing_system_customer_identifier: charge.billing_system_customer_identifier,
          },
        ]
      : [],
  );
}
