import type { Client } from "openapi-fetch";

import type { paths } from "../generated/schema.js";
import { isPasswordAuth, type NetflixAuth } from "./client-options.js";
import { HttpError } from "./errors.js";
import { labelRequest, sendRequest } from "./send-request.js";
import type { LogIn } from "./session.js";

/**
 * Builds the login the session calls: user name and password (`createToken`), or the Web API key
 * as the HTTP Basic user name with an empty password (`createWebApiKeyToken`).
 */
export function createLogIn(raw: Client<paths>, auth: NetflixAuth, secrets: () => string[]): LogIn {
  return async function logIn(): Promise<string> {
    if ("token" in auth) {
      return auth.token;
    }

    const operation = isPasswordAuth(auth) ? "createToken" : "createWebApiKeyToken";
    const init = isPasswordAuth(auth)
      ? {
          body: withUnit(
            { username: auth.username, password: auth.password, organisation: auth.organisation },
            auth.unit,
          ),
        }
      : {
          body: withUnit({}, auth.unit),
          headers: { Authorization: `Basic ${btoa(`${auth.webApiKey}:`)}` },
        };

    const outcome = await sendRequest({
      raw,
      operation,
      init,
      secrets: secrets(),
      isAuthFailure: () => false,
    });

    if (outcome.kind === "failed") {
      throw outcome.error;
    }

    const token = readToken(outcome.data);

    if (token === undefined) {
      throw new HttpError({
        httpStatus: 200,
        operation,
        request: labelRequest(operation),
        problem: "with status `OK` but no `data.token`",
      });
    }

    return token;
  };
}

function withUnit<Body extends object>(
  body: Body,
  unit: string | undefined,
): Body & { unit?: string } {
  return unit === undefined ? body : { ...body, unit };
}

function readToken(data: unknown): string | undefined {
  if (typeof data !== "object" || data === null || !("token" in data)) {
    return undefined;
  }

  return typeof data.token === "string" && data.token !== "" ? data.token : undefined;
}
