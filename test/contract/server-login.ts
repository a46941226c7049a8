import type { ContractRequest } from "./contract-case.js";
import { sendRequest } from "./send-case.js";

/**
 * Logs in to a real server with the Web API key, or else the user credentials, of the
 * environment and returns the session token.
 */
export async function logIn(baseUrl: string, env: NodeJS.ProcessEnv): Promise<string> {
  const request = loginRequest(env);
  const response = await sendRequest(baseUrl, request);
  const token = (response.body as { data?: { token?: unknown } } | undefined)?.data?.token;

  if (typeof token !== "string") {
    throw new Error(
      `Login failed with HTTP ${response.status}: POST ${request.path} (check the credentials)`,
    );
  }

  return token;
}

/** The `Authorization` header of a Web API key: the key as user name, no password. */
export function basicAuthorization(key: string): string {
  return `Basic ${Buffer.from(`${key}:`).toString("base64")}`;
}

function loginRequest(env: NodeJS.ProcessEnv): ContractRequest {
  const unit = env.CONTRACT_UNIT ? { unit: env.CONTRACT_UNIT } : {};

  if (env.CONTRACT_WEB_API_KEY) {
    return {
      method: "post",
      path: "/authentication/web_api_key/token",
      query: {},
      body: unit,
      headers: { authorization: basicAuthorization(env.CONTRACT_WEB_API_KEY) },
    };
  }

  if (env.CONTRACT_USERNAME) {
    return {
      method: "post",
      path: "/authentication/token",
      query: {},
      body: {
        username: env.CONTRACT_USERNAME,
        password: env.CONTRACT_PASSWORD,
        organisation: env.CONTRACT_ORGANISATION,
        ...unit,
      },
      headers: {},
    };
  }

  throw new Error(
    "`CONTRACT_BASE_URL` is set but no way to log in is: set `CONTRACT_TOKEN`, " +
      "`CONTRACT_WEB_API_KEY`, or `CONTRACT_USERNAME`, `CONTRACT_PASSWORD` and " +
      "`CONTRACT_ORGANISATION`",
  );
}
