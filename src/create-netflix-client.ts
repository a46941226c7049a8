import createClient, { type Client } from "openapi-fetch";

import type { paths } from "../generated/schema.js";
import { createChargesApi, type ChargesApi } from "./charges-api.js";
import {
  isPasswordAuth,
  isWebApiKeyAuth,
  type AuthFailureCandidate,
  type NetflixAuth,
  type NetflixClientOptions,
} from "./client-options.js";
import { createInvoker } from "./invoke-operation.js";
import { createLogIn } from "./log-in.js";
import { createOperatorsApi, type OperatorsApi } from "./operators-api.js";
import { createPromotionsApi, type PromotionsApi } from "./promotions-api.js";
import { resolveRetryPolicy } from "./retry-delay.js";
import { createRetryingFetch } from "./retrying-fetch.js";
import { Session } from "./session.js";
import { createSubscriptionsApi, type SubscriptionsApi } from "./subscriptions-api.js";
import { wait } from "./wait.js";

/** The typed client of the CRM.COM Netflix partner Web API. */
export interface NetflixClient {
  promotions: PromotionsApi;
  subscriptions: SubscriptionsApi;
  charges: ChargesApi;
  operators: OperatorsApi;
  /** The bare openapi-fetch client: same base URL, fetch and GET retries, no token or unwrap. */
  raw: Client<paths>;
}

/** Creates a client that logs in lazily, unwraps envelopes and splits batches. */
export function createNetflixClient(options: NetflixClientOptions): NetflixClient {
  const baseFetch = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  const fetch = createRetryingFetch({
    fetch: baseFetch,
    policy: resolveRetryPolicy(options.retry),
    sleep: options.sleep ?? wait,
    random: options.random ?? Math.random,
    now: options.now ?? Date.now,
  });

  const raw = createClient<paths>({
    baseUrl: options.baseUrl,
    fetch,
    querySerializer: { array: { style: "form", explode: false } },
  });

  const secrets = () => readSecrets(options.auth);
  const session = new Session(
    options.auth,
    createLogIn(raw, options.auth, secrets),
    options.now ?? Date.now,
    (options.renewBefore ?? 60) * 1000,
  );

  const invoke = createInvoker({
    raw,
    session,
    isAuthFailure: options.isAuthFailure ?? isHttpAuthFailure,
    secrets,
  });

  return {
    promotions: createPromotionsApi(invoke),
    subscriptions: createSubscriptionsApi(invoke),
    charges: createChargesApi(invoke),
    operators: createOperatorsApi(invoke),
    raw,
  };
}

/** The default test for a refused session: HTTP 401 or 403, as upstream documents no codes. */
export function isHttpAuthFailure(candidate: AuthFailureCandidate): boolean {
  return candidate.httpStatus === 401 || candidate.httpStatus === 403;
}

function readSecrets(auth: NetflixAuth): string[] {
  if (isPasswordAuth(auth)) {
    return [auth.password];
  }

  // The Basic header carries the key in base64, which an upstream echo could repeat.
  return isWebApiKeyAuth(auth) ? [auth.webApiKey, btoa(`${auth.webApiKey}:`)] : [auth.token];
}
