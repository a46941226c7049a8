import type { components, operations as schemaOperations } from "../generated/schema.js";
import type { CallOptions } from "./client-options.js";

/** Every operation that needs a session token. */
export type TokenOperationId = Exclude<
  keyof schemaOperations,
  "createToken" | "createWebApiKeyToken"
>;

type QueryOf<Id extends keyof schemaOperations> = schemaOperations[Id]["parameters"] extends {
  query: infer Query;
}
  ? Query
  : never;

type BodyOf<Id extends keyof schemaOperations> = schemaOperations[Id] extends {
  requestBody: { content: { "application/json": infer Body } };
}
  ? Body
  : never;

/** The wire fields of an operation's query or body, without `token`, which the client adds. */
export type RequestFields<Id extends TokenOperationId> = Omit<QueryOf<Id> | BodyOf<Id>, "token">;

/** The typed `data` of an operation's successful envelope. */
export type ResponseData<Id extends keyof schemaOperations> =
  schemaOperations[Id]["responses"][200]["content"]["application/json"]["data"];

/** A client method that makes exactly one call of an operation and returns its `data`. */
export type OperationMethod<Id extends TokenOperationId> = (
  fields: RequestFields<Id>,
  options?: CallOptions,
) => Promise<ResponseData<Id>>;

/** A Netflix promotion, as `promotions/list` returns it. */
export type NetflixPromotion = components["schemas"]["NetflixPromotion"];

/** A Netflix subscription, as `subscriptions/show` returns it. */
export type NetflixSubscription = components["schemas"]["NetflixSubscription"];

/** A Netflix charge, as `charges/list` returns it. */
export type NetflixCharge = components["schemas"]["NetflixCharge"];

/** A charge to acknowledge: `number`, `billing_system_customer_identifier`, `reference_number?`. */
export type AcknowledgedNetflixCharge = components["schemas"]["AcknowledgedNetflixCharge"];

/** A charge that upstream could not acknowledge, with its `error_code` and `error_description`. */
export type FailedNetflixCharge = components["schemas"]["FailedNetflixCharge"];

/** The CRM.COM group that stands for a Netflix operator. */
export type GroupIdentifier = components["schemas"]["GroupIdentifier"];

/** A device that upstream could not (un)register, by ESN. */
export type FailedDevice = components["schemas"]["FailedDevice"];

/** The filter of `charges/list`: `NOT_PROCESSED` or `PROCESSED`. */
export type ChargeStatusFilter = components["schemas"]["ChargeStatusFilter"];
