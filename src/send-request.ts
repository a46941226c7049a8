import type { Client } from "openapi-fetch";

import { operations, type OperationId } from "../generated/operations.js";
import type { paths } from "../generated/schema.js";
import type { AuthFailureCandidate } from "./client-options.js";
import { HttpError, NetflixApiError, NetworkError, StatusError } from "./errors.js";
import { readEnvelope } from "./read-envelope.js";
import { redactSecrets } from "./redact-secrets.js";

/** The result of one HTTP exchange: the envelope's `data`, or the error to throw. */
export type SendOutcome =
  | { kind: "done"; data: unknown }
  | { kind: "failed"; error: NetflixApiError; isAuthFailure: boolean };

/** How to send one request and judge its answer. */
export interface SendRequestOptions {
  raw: Client<paths>;
  operation: OperationId;
  /** openapi-fetch request options: `params`, `body`, `headers`. */
  init: Record<string, unknown>;
  signal?: AbortSignal;
  /** Values that must not appear in any error message. */
  secrets: string[];
  isAuthFailure: (candidate: AuthFailureCandidate) => boolean;
}

type LooseRequest = (
  method: string,
  path: string,
  init: Record<string, unknown>,
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

type Answer = Awaited<ReturnType<LooseRequest>>;

/** The request as error messages name it, as `POST /netflix/charges/acknowledge`. */
export function labelRequest(operation: OperationId): string {
  const { method, path } = operations[operation];

  return `${method.toUpperCase()} ${path}`;
}

/**
 * Sends one request through the openapi-fetch client and classifies the answer. Transport
 * failures throw a `NetworkError` (or the abort reason); upstream failures come back as an outcome
 * so that the caller can decide to log in again.
 */
export async function sendRequest(options: SendRequestOptions): Promise<SendOutcome> {
  const { method, path } = operations[options.operation];
  const send = options.raw.request as unknown as LooseRequest;
  let answer: Answer;

  try {
    answer = await send(method, path, { ...options.init, parseAs: "text", signal: options.signal });
  } catch (error) {
    throw toTransportError(error, options);
  }

  return classifyAnswer(answer, options);
}

function classifyAnswer(answer: Answer, options: SendRequestOptions): SendOutcome {
  const { operation, secrets } = options;
  const request = labelRequest(operation);
  const httpStatus = answer.response.status;
  const envelope = readEnvelope(answer.response.ok ? answer.data : answer.error);

  if (envelope?.code === "OK" && answer.response.ok) {
    return { kind: "done", data: envelope.data };
  }

  const isAuthFailure = options.isAuthFailure({
    operation,
    httpStatus,
    statusCode: envelope?.code,
    statusMessage: envelope?.message,
    statusDescription: envelope?.description,
  });

  if (!envelope || envelope.code === "OK") {
    const problem = envelope
      ? "with status `OK` but an error HTTP status"
      : answer.response.ok
        ? "with a body that is not the `{ data, status }` envelope"
        : "without a `{ data, status }` envelope";

    return {
      kind: "failed",
      isAuthFailure,
      error: new HttpError({ httpStatus, operation, request, problem }),
    };
  }

  const error = new StatusError({
    statusCode: redactSecrets(envelope.code, secrets),
    statusMessage: redactOrNull(envelope.message, secrets),
    statusDescription: redactOrNull(envelope.description, secrets),
    httpStatus,
    operation,
    request,
  });

  return { kind: "failed", isAuthFailure, error };
}

function redactOrNull(text: string | null, secrets: string[]): string | null {
  return text === null ? null : redactSecrets(text, secrets);
}

function toTransportError(error: unknown, options: SendRequestOptions): unknown {
  if (error instanceof NetflixApiError) {
    return error;
  }

  if (options.signal?.aborted) {
    return options.signal.reason;
  }

  return new NetworkError({
    operation: options.operation,
    request: labelRequest(options.operation),
    reason: redactSecrets(describeCause(error), options.secrets),
  });
}

function describeCause(error: unknown): string {
  if (!(error instanceof Error)) {
    return String(error);
  }

  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : "";

  return `${error.name}: ${error.message}${cause}`;
}
