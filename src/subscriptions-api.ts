import type { InvokeOperation } from "./invoke-operation.js";
import type { OperationMethod } from "./operation-types.js";

/** The subscription methods of the client; each makes one call and returns its `data`. */
export interface SubscriptionsApi {
  /** Shows a customer's Netflix subscriptions (`GET /netflix/subscriptions/show`). */
  show: OperationMethod<"showSubscriptions">;
  /** Creates a Netflix subscriber and returns the Netflix sign-up token. */
  create: OperationMethod<"createSubscription">;
  /** Suspends one Netflix subscriber. */
  suspend: OperationMethod<"suspendSubscription">;
  /** Lifts the suspension of one Netflix subscriber. */
  unsuspend: OperationMethod<"unsuspendSubscription">;
  /** Cancels one Netflix subscriber; the path is inferred, confirm it with CRM.COM first. */
  cancel: OperationMethod<"cancelSubscription">;
}

/** Builds the subscription methods on top of the invoker. */
export function createSubscriptionsApi(invoke: InvokeOperation): SubscriptionsApi {
  return {
    show: (query, options) => invoke("showSubscriptions", query, options),
    create: (body, options) => invoke("createSubscription", body, options),
    suspend: (body, options) => invoke("suspendSubscription", body, options),
    unsuspend: (body, options) => invoke("unsuspendSubscription", body, options),
    cancel: (body, options) => invoke("cancelSubscription", body, options),
  };
}
