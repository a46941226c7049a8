import { describe, expect, it } from "vitest";

import {
  HttpError,
  LimitError,
  NetflixApiError,
  NetworkError,
  OptionError,
  StatusError,
  createNetflixClient,
} from "../../src/index.js";
import {
  createFakeUpstream,
  createTestClient,
  createUpstreamJwt,
  respondWith,
  testPassword,
} from "./support/fake-upstream.js";

function expectNoSecret(error: unknown, secrets: string[]): void {
  const fields = error as { message: string; stack?: string };
  const exposed = [fields.message, fields.stack ?? "", JSON.stringify(error), String(error)];

  for (const secret of secrets) {
    for (const text of exposed) {
      expect(text).not.toContain(secret);
    }
  }
}

describe("errors", () => {
  it("share one base class with a stable code", () => {
    const request = "GET /netflix/charges/list";
    const errors = [
      new StatusError({
        statusCode: "X",
        statusMessage: null,
        statusDescription: null,
        httpStatus: 200,
        operation: "listCharges",
        request,
      }),
      new HttpError({ httpStatus: 502, operation: "listCharges", request, problem: "p" }),
      new NetworkError({ operation: "listCharges", request, reason: "r" }),
      new LimitError({ field: "f", limit: 1, actual: 2, problem: "p", fix: "x", request }),
      new OptionError({ option: "o", problem: "p", fix: "x", request }),
    ];

    expect(errors.every((error) => error instanceof NetflixApiError)).toBe(true);
    expect(errors.map((error) => [error.name, error.code])).toEqual([
      ["StatusError", "ERR_NETFLIX_STATUS"],
      ["HttpError", "ERR_NETFLIX_HTTP"],
      ["NetworkError", "ERR_NETFLIX_NETWORK"],
      ["LimitError", "ERR_NETFLIX_LIMIT"],
      ["OptionError", "ERR_NETFLIX_OPTION"],
    ]);
    expect(errors.every((error) => error.message.endsWith(`: ${request}`))).toBe(true);
  });

  it("keep the token out of a StatusError even when upstream echoes it", async () => {
    const jwt = createUpstreamJwt(Math.floor(Date.now() / 1000));
    const { client } = createTestClient(
      (call) =>
        respondWith(null, {
          code: "BAD_TOKEN",
          message: `Token ${String(call.query.token)} is not valid`,
          description: `token=${String(call.query.token)}`,
        }),
      { token: jwt },
    );

    const error = await client.promotions.list().catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(StatusError);
    expect((error as StatusError).statusMessage).toBe("Token [redacted] is not valid");
    expectNoSecret(error, [jwt, testPassword]);
  });

  it("keep the token out of a NetworkError whose cause names the URL", async () => {
    const jwt = createUpstreamJwt(Math.floor(Date.now() / 1000));
    const { client } = createTestClient(
      () => {
        throw new TypeError(`fetch failed for https://crm.example.net/?token=${jwt}`);
      },
      { token: jwt, retry: { retries: 0 } },
    );

    const error = await client.charges
      .list({ charge_status: "PROCESSED", offset: 0, number_of_results: 50 })
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(NetworkError);
    expect((error as Error).message).toBe(
      "The call to `listCharges` did not reach upstream (TypeError: fetch failed for " +
        "https://crm.example.net/?token=[redacted]); check `baseUrl` and the network, then send " +
        "it again: GET /netflix/charges/list",
    );
    expectNoSecret(error, [jwt, testPassword]);
  });

  it("keep the password out of a refused login", async () => {
    const upstream = createFakeUpstream((call) =>
      respondWith(null, {
        code: "LOGIN_FAILED",
        message: `Password ${String(call.body?.password)} is wrong`,
        status: 401,
      }),
    );
    const client = createNetflixClient({
      baseUrl: "https://crm.example.net/crmapi/rest/v2",
      auth: { username: "mpadministrator", password: testPassword, organisation: "CRMDEMO" },
      fetch: upstream.fetch,
    });

    const error = await client.promotions.list().catch((caught: unknown) => caught);

    expect((error as StatusError).statusMessage).toBe("Password [redacted] is wrong");
    expectNoSecret(error, [testPassword]);
  });

  it("keep the Web API key out of every message", async () => {
    const key = "WAK-0f1e2d3c4b5a";
    const upstream = createFakeUpstream(() =>
      respondWith(null, { code: "BAD_KEY", description: `Key ${key} is revoked`, status: 401 }),
    );
    const client = createNetflixClient({
      baseUrl: "https://crm.example.net/crmapi/rest/v2",
      auth: { webApiKey: key },
      fetch: upstream.fetch,
    });

    const error = await client.promotions.list().catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(StatusError);
    expectNoSecret(error, [key]);
  });
});
