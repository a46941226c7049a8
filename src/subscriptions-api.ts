import type { CallOptions } from "./client-options.js";
import type { InvokeOperation } from "./invoke-operation.js";
import type { RequestFields, ResponseData } from "./operation-types.js";

/** The subscription methods of the client. */
export interface SubscriptionsApi {
  /** Shows a customer's Netflix subscriptions (`GET /netflix/subscriptions/show`). */
  show(
    query: RequestFields<"showSubscriptions">,
    options?: CallOptions,
  ): Promise<ResponseData<"showSubscriptions">>;
  /** Creates a Netflix subscriber and returns the Netflix sign-up token. */
  create(
    body: RequestFields<"createSubscription">,
    options?: CallOptions,
  ): Promise<ResponseData<"createSubscription">>;
  /** Suspends one Netflix subscriber. */
  suspend(
    body: RequestFields<"suspendSubscription">,
    options?: CallOptions,
  ): Promise<ResponseData<"suspendSubscription">>;
  /** Lifts the suspension of one Netflix subscriber. */
  unsuspend(
    body: RequestFields<"unsuspendSubscription">,
    options?: CallOptions,
  ): Promise<ResponseData<"unsuspendSubscription">>;
  /** Cancels one Netflix subscriber; the path is inferred, confirm it with CRM.COM first. */
  cancel(
    body: RequestFields<"cancelSubscription">,
    options?: CallOptions,
  ): Promise<ResponseData<"cancelSubscription">>;
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
