/** The request an error belongs to, as `POST /netflix/charges/acknowledge`. */
export type RequestLabel = string;

/** The base of every error the client throws; `code` is stable and safe to branch on. */
export abstract class NetflixApiError extends Error {
  abstract readonly code: string;

  /** The request that failed, as `GET /netflix/charges/list`. */
  readonly request: RequestLabel;

  constructor(message: string, request: RequestLabel, options?: { cause?: unknown }) {
    super(`${message}: ${request}`, options);
    this.name = new.target.name;
    this.request = request;
  }
}

/** The response envelope carried a `status.code` other than `OK`, whatever the HTTP status. */
export class StatusError extends NetflixApiError {
  readonly code = "ERR_NETFLIX_STATUS";

  /** The upstream `status.code`. */
  readonly statusCode: string;

  readonly statusMessage: string | null;

  readonly statusDescription: string | null;

  /** The HTTP status of the response that carried the envelope. */
  readonly httpStatus: number;

  /** The operationId of the failed call, as `acknowledgeCharges`. */
  readonly operation: string;

  constructor(details: {
    statusCode: string;
    statusMessage: string | null;
    statusDescription: string | null;
    httpStatus: number;
    operation: string;
    request: RequestLabel;
  }) {
    const said = [details.statusMessage, details.statusDescription].filter(Boolean).join(": ");
    const explanation = said ? ` (${said})` : "";

    super(
      `Upstream answered status \`${details.statusCode}\`${explanation} ` +
        `to \`${details.operation}\`;` +
        " fix the request or the session as the status says, then send it again",
      details.request,
    );
    this.statusCode = details.statusCode;
    this.statusMessage = details.statusMessage;
    this.statusDescription = details.statusDescription;
    this.httpStatus = details.httpStatus;
    this.operation = details.operation;
  }
}

/** The response carried no usable envelope: a non-2xx status, or a body that is not one. */
export class HttpError extends NetflixApiError {
  readonly code = "ERR_NETFLIX_HTTP";

  readonly httpStatus: number;

  readonly operation: string;

  constructor(details: {
    httpStatus: number;
    operation: string;
    request: RequestLabel;
    problem: string;
  }) {
    super(
      `Upstream answered HTTP ${details.httpStatus} ${details.problem} ` +
        `to \`${details.operation}\`;` +
        " check `baseUrl` and the server's health, then send it again",
      details.request,
    );
    this.httpStatus = details.httpStatus;
    this.operation = details.operation;
  }
}

/** The request did not complete: DNS, connection, TLS or a broken response stream. */
export class NetworkError extends NetflixApiError {
  readonly code = "ERR_NETFLIX_NETWORK";

  readonly operation: string;

  constructor(details: {
    operation: string;
    request: RequestLabel;
    reason: string;
    cause?: unknown;
  }) {
    super(
      `The call to \`${details.operation}\` did not reach upstream (${details.reason});` +
        " check `baseUrl` and the network, then send it again",
      details.request,
      { cause: details.cause },
    );
    this.operation = details.operation;
  }
}

/** A request broke an upstream limit and was not sent. */
export class LimitError extends NetflixApiError {
  readonly code = "ERR_NETFLIX_LIMIT";

  /** The request field that broke the limit, as `acknowledged_charges_set`. */
  readonly field: string;

  /** The bound that was broken, or `integer` when the field takes whole numbers only. */
  readonly limit: number | "integer";

  /** The value or the number of items that was passed. */
  readonly actual: number;

  constructor(details: {
    field: string;
    limit: number | "integer";
    actual: number;
    problem: string;
    fix: string;
    request: RequestLabel;
  }) {
    super(`\`${details.field}\` ${details.problem}; ${details.fix}`, details.request);
    this.field = details.field;
    this.limit = details.limit;
    this.actual = details.actual;
  }
}

/** An option of the client or of a helper is invalid; nothing was sent. */
export class OptionError extends NetflixApiError {
  readonly code = "ERR_NETFLIX_OPTION";

  /** The option at fault, as `concurrency`. */
  readonly option: string;

  constructor(details: { option: string; problem: string; fix: string; request: RequestLabel }) {
    super(`Option \`${details.option}\` ${details.problem}; ${details.fix}`, details.request);
    this.option = details.option;
  }
}
