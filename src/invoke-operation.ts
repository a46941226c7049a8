import type { Client } from "openapi-fetch";

import { operations } from "../generated/operations.js";
import type { paths } from "../generated/schema.js";
import { assertWithinLimits } from "./assert-within-limits.js";
import type { AuthFailureCandidate, CallOptions } from "./client-options.js";
import type { RequestFields, ResponseData, TokenOperationId } from "./operation-types.js";
import { labelRequest, sendRequest } from "./send-request.js";
import type { Session } from "./session.js";

/** Sends one operation: checks limits, adds the token, unwraps `data`, throws typed errors. */
export type InvokeOperation = <Id extends TokenOperationId>(
  operation: Id,
  fields: RequestFields<Id>,
  options?: CallOptions,
) => Promise<ResponseData<Id>>;

/** What the invoker needs from the client. */
export interface InvokerContext {
  raw: Client<paths>;
  session: Session;
  isAuthFailure: (candidate: AuthFailureCandidate) => boolean;
  /** The credentials in use, kept out of every error message. */
  secrets: () => string[];
}

/**
 * Builds the function every typed method goes through. The token goes where the spec puts it for
 * the operation (query for GET, body for POST). When upstream refuses the session, the client
 * logs in again and sends the call once more, POST included: a refused call changed nothing.
 */
export function createInvoker(context: InvokerContext): InvokeOperation {
  return async function invokeOperation<Id extends TokenOperationId>(
    operation: Id,
    fields: RequestFields<Id>,
    options: CallOptions = {},
  ): Promise<ResponseData<Id>> {
    assertWithinLimits(operation, fields as Record<string, unknown>, labelRequest(operation));

    const send = async (token: string) => {
      const placement =
        operations[operation].tokenIn === "query"
          ? { params: { query: { ...fields, token } } }
          : { body: { ...fields, token } };

      return sendRequest({
        raw: context.raw,
        operation,
        init: placement,
        signal: options.signal,
        secrets: [...context.secrets(), token],
        isAuthFailure: context.isAuthFailure,
      });
    };

    const token = await context.session.getToken();
    const first = await send(token);

    if (first.kind === "done") {
      return first.data as ResponseData<Id>;
    }

    if (!first.isAuthFailure || !context.session.canRenew) {
      throw first.error;
    }

    context.session.invalidate(token);

    const second = await send(await context.session.getToken());

    if (second.kind === "done") {
      return second.data as ResponseData<Id>;
    }

    throw second.error;
  };
}
