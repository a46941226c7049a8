/** Why an item got no answer from upstream. */
export type NotAttemptedReason =
  /** The call that carried the item failed as a whole; `error` says why. */
  | "call_failed"
  /** An earlier call failed, so no further calls were sent; `error` is that failure. */
  | "stopped"
  /** The caller's signal aborted before the item's call was sent; `error` is the abort reason. */
  | "aborted";

interface OutcomeBase<Item> {
  item: Item;
  /** The item's position in the input. */
  index: number;
  /** Set when the item repeats an earlier one: it was not sent again and shares that outcome. */
  duplicateOf?: number;
}

/** Upstream accepted the item. */
export interface DoneOutcome<Item> extends OutcomeBase<Item> {
  status: "done";
}

/** Upstream reported the item in its failed set; `failure` is that entry, upstream names kept. */
export interface FailedOutcome<Item, Failure> extends OutcomeBase<Item> {
  status: "failed";
  failure: Failure;
}

/** The client has no answer for the item; see `reason`. */
export interface NotAttemptedOutcome<Item> extends OutcomeBase<Item> {
  status: "not_attempted";
  reason: NotAttemptedReason;
  error: unknown;
}

/** What happened to one input item. */
export type ItemOutcome<Item, Failure> =
  DoneOutcome<Item> | FailedOutcome<Item, Failure> | NotAttemptedOutcome<Item>;

/** The account of a batch helper: one outcome per input item, in input order. */
export interface BatchResult<Item, Failure> {
  outcomes: ItemOutcome<Item, Failure>[];
  done: DoneOutcome<Item>[];
  failed: FailedOutcome<Item, Failure>[];
  notAttempted: NotAttemptedOutcome<Item>[];
  /** Failed-set entries that match no item sent in their call; kept so that nothing is lost. */
  unmatchedFailures: Failure[];
  /** How many calls were sent. */
  calls: number;
}

/** Groups outcomes (already in input order) into a `BatchResult`. */
export function summariseOutcomes<Item, Failure>(
  outcomes: ItemOutcome<Item, Failure>[],
  unmatchedFailures: Failure[],
  calls: number,
): BatchResult<Item, Failure> {
  return {
    outcomes,
    done: outcomes.filter((outcome) => outcome.status === "done"),
    failed: outcomes.filter((outcome) => outcome.status === "failed"),
    notAttempted: outcomes.filter((outcome) => outcome.status === "not_attempted"),
    unmatchedFailures,
    calls,
  };
}
