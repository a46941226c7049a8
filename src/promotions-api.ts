import type { CallOptions } from "./client-options.js";
import type { InvokeOperation } from "./invoke-operation.js";
import type { RequestFields, ResponseData } from "./operation-types.js";

/** The promotion methods of the client. */
export interface PromotionsApi {
  /** Lists the operator's Netflix promotions (`GET /netflix/promotions/list`). */
  list(
    query?: RequestFields<"listPromotions">,
    options?: CallOptions,
  ): Promise<ResponseData<"listPromotions">>;
}

/** Builds the promotion methods on top of the invoker. */
export function createPromotionsApi(invoke: InvokeOperation): PromotionsApi {
  return {
    list: (query = {}, options) => invoke("listPromotions", query, options),
  };
}
