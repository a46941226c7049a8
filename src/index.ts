export { createNetflixClient, isHttpAuthFailure } from "./create-netflix-client.js";
export type { NetflixClient } from "./create-netflix-client.js";
export {
  HttpError,
  LimitError,
  NetflixApiError,
  NetworkError,
  OptionError,
  StatusError,
} from "./errors.js";
export type {
  AuthFailureCandidate,
  BatchOptions,
  CallOptions,
  NetflixAuth,
  NetflixClientOptions,
  PasswordAuth,
  RetryOptions,
  TokenAuth,
  WebApiKeyAuth,
} from "./client-options.js";
export type {
  BatchResult,
  DoneOutcome,
  FailedOutcome,
  ItemOutcome,
  NotAttemptedOutcome,
  NotAttemptedReason,
} from "./batch-result.js";
export type { ChargesApi } from "./charges-api.js";
export type { ChargePageHandler, DrainResult } from "./drain-charges.js";
export type { ChargeWalkQuery } from "./iterate-charges.js";
export type { OperatorsApi } from "./operators-api.js";
export type { PromotionsApi } from "./promotions-api.js";
export type { SubscriptionsApi } from "./subscriptions-api.js";
export type * from "./operation-types.js";
export type { components, operations, paths } from "../generated/schema.js";
export { limits } from "../generated/limits.js";
export { enums, operations as operationTable, releases } from "../generated/operations.js";
