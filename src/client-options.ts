/** Log in with a CRM.COM user name and password (`POST /authentication/token`). */
export interface PasswordAuth {
  username: string;
  password: string;
  organisation: string;
  unit?: string;
}

/**
 * Log in with a Web API key, the login upstream recommends
 * (`POST /authentication/web_api_key/token`).
 */
export interface WebApiKeyAuth {
  webApiKey: string;
  unit?: string;
}

/** Use a token obtained elsewhere, as is; the client cannot renew it. */
export interface TokenAuth {
  token: string;
}

/** How the client gets its session token. */
export type NetflixAuth = PasswordAuth | WebApiKeyAuth | TokenAuth;

/** What the client knows about a failed response when it decides whether the session expired. */
export interface AuthFailureCandidate {
  /** The operationId of the call, as `listCharges`. */
  operation: string;
  httpStatus: number;
  /** The envelope's `status.code`, when the response had an envelope. */
  statusCode?: string;
  statusMessage?: string | null;
  statusDescription?: string | null;
}

/** Bounds of the automatic retries of GET calls. */
export interface RetryOptions {
  /** Retries after the first attempt; 0 turns retries off. Default 2. */
  retries?: number;
  /** The first backoff delay in milliseconds, doubled on each retry. Default 250. */
  baseDelay?: number;
  /** The longest backoff delay in milliseconds. Default 5000. */
  maxDelay?: number;
  /** The longest `Retry-After` wait honoured, in milliseconds. Default 30000. */
  maxRetryAfter?: number;
}

/** Options of `createNetflixClient`. */
export interface NetflixClientOptions {
  /** The API root, as `https://host/crmapi/rest/v2`. */
  baseUrl: string;
  auth: NetflixAuth;
  /** The fetch to use; defaults to the global one. */
  fetch?: (input: Request) => Promise<Response>;
  retry?: RetryOptions;
  /** Renew a token this many seconds before it expires. Default 60. */
  renewBefore?: number;
  /** Decides whether a failed response means the session has ended. Default: HTTP 401 or 403. */
  isAuthFailure?: (candidate: AuthFailureCandidate) => boolean;
  /** Waits between retries; injectable so that tests do not wait. */
  sleep?: (milliseconds: number, signal?: AbortSignal) => Promise<void>;
  /** A number in [0, 1) for backoff jitter; injectable for tests. */
  random?: () => number;
  /** The current time in milliseconds since the epoch; injectable for tests. */
  now?: () => number;
}

/** Options of a single call. */
export interface CallOptions {
  /** Cancels the call, including any retry wait. */
  signal?: AbortSignal;
}

/** Options of the batch helpers (`acknowledge`, `registerDevices`, `unregisterDevices`). */
export interface BatchOptions {
  /** How many calls may run at once: an integer from 1 to 16. Default 2. */
  concurrency?: number;
  /** Stops further calls; calls already sent finish and are accounted for. */
  signal?: AbortSignal;
}

/** Tells whether the options log in with a user name and password. */
export function isPasswordAuth(auth: NetflixAuth): auth is PasswordAuth {
  return "username" in auth;
}

/** Tells whether the options log in with a Web API key. */
export function isWebApiKeyAuth(auth: NetflixAuth): auth is WebApiKeyAuth {
  return "webApiKey" in auth;
}
