import { describe, expect, it } from "vitest";

import { createNetflixClient, HttpError, StatusError } from "../../src/index.js";
import {
  createFakeUpstream,
  createJwt,
  createUpstreamJwt,
  respondWith,
  testPassword,
} from "./support/fake-upstream.js";

const baseUrl = "https://crm.example.net/crmapi/rest/v2";
const passwordAuth = {
  username: "mpadministrator",
  password: testPassword,
  organisation: "CRMDEMO",
};

/** A fake upstream that hands out numbered tokens and records which token each call carried. */
function createLoginCounter(makeToken: (login: number) => string) {
  let logins = 0;
  const upstream = createFakeUpstream(async (call) => {
    if (call.path.startsWith("/authentication/")) {
      logins += 1;
      await Promise.resolve();

      return respondWith({ token: makeToken(logins) });
    }

    return respondWith([]);
  });

  return { upstream, logins: () => logins };
}

function tokensSent(upstream: ReturnType<typeof createFakeUpstream>): (string | undefined)[] {
  return upstream.callsTo("/netflix/promotions/list").map((call) => call.query.token);
}

describe("session", () => {
  it("logs in lazily, on the first call, with user name, password and organisation", async () => {
    const { upstream, logins } = createLoginCounter(() => "4AD9C84FA60F9FE407140E20F707726A");
    const client = createNetflixClient({
      baseUrl,
      auth: { ...passwordAuth, unit: "EE63A82C4FEBE02FF34E90DD1EBA5ABE" },
      fetch: upstream.fetch,
    });

    expect(logins()).toBe(0);

    await client.promotions.list();

    expect(upstream.calls[0]).toMatchObject({
      method: "POST",
      path: "/authentication/token",
      body: { ...passwordAuth, unit: "EE63A82C4FEBE02FF34E90DD1EBA5ABE" },
    });
    expect(tokensSent(upstream)).toEqual(["4AD9C84FA60F9FE407140E20F707726A"]);
  });

  it("logs in with a Web API key as the Basic user name and an empty password", async () => {
    const { upstream } = createLoginCounter(() => "KEY-TOKEN");
    const client = createNetflixClient({
      baseUrl,
      auth: { webApiKey: "wak-123", unit: "unit" },
      fetch: upstream.fetch,
    });

    await client.promotions.list();

    const login = upstream.calls[0];

    expect(login?.path).toBe("/authentication/web_api_key/token");
    expect(login?.headers.get("authorization")).toBe(`Basic ${btoa("wak-123:")}`);
    expect(login?.body).toEqual({ unit: "unit" });
  });

  it("uses a given token as is and never logs in", async () => {
    const { upstream, logins } = createLoginCounter(() => "unused");
    const client = createNetflixClient({
      baseUrl,
      auth: { token: "GIVEN" },
      fetch: upstream.fetch,
    });

    await client.promotions.list();

    expect(logins()).toBe(0);
    expect(tokensSent(upstream)).toEqual(["GIVEN"]);
  });

  it("shares one login between concurrent calls", async () => {
    const { upstream, logins } = createLoginCounter((login) => `TOKEN-${login}`);
    const client = createNetflixClient({ baseUrl, auth: passwordAuth, fetch: upstream.fetch });

    await Promise.all([
      client.promotions.list(),
      client.promotions.list(),
      client.promotions.list(),
    ]);

    expect(logins()).toBe(1);
    expect(tokensSent(upstream)).toEqual(["TOKEN-1", "TOKEN-1", "TOKEN-1"]);
  });

  it("renews a JWT a minute before the `exp` claim, given as a string", async () => {
    let now = Date.UTC(2017, 6, 27, 12, 14, 8);
    const { upstream, logins } = createLoginCounter((login) =>
      createUpstreamJwt(Math.floor(now / 1000), `SESSION${login}`),
    );
    const client = createNetflixClient({
      baseUrl,
      auth: passwordAuth,
      fetch: upstream.fetch,
      now: () => now,
    });

    await client.promotions.list();
    now += 7200_000 - 61_000;
    await client.promotions.list();

    expect(logins()).toBe(1);

    now += 2_000;
    await client.promotions.list();

    expect(logins()).toBe(2);
  });

  it("reads a numeric `exp` claim too", async () => {
    let now = 1_700_000_000_000;
    const { upstream, logins } = createLoginCounter(() => createJwt({ exp: now / 1000 + 600 }));
    const client = createNetflixClient({
      baseUrl,
      auth: passwordAuth,
      fetch: upstream.fetch,
      now: () => now,
    });

    await client.promotions.list();
    now += 540_000 - 1;
    await client.promotions.list();
    now += 2;
    await client.promotions.list();

    expect(logins()).toBe(2);
  });

  it("gives a token that is not a JWT two hours from when it was obtained", async () => {
    let now = 1_700_000_000_000;
    const { upstream, logins } = createLoginCounter(() => "737C2CC402644029BA7827E41B932C79");
    const client = createNetflixClient({
      baseUrl,
      auth: passwordAuth,
      fetch: upstream.fetch,
      now: () => now,
    });

    await client.promotions.list();
    now += 7200_000 - 60_001;
    await client.promotions.list();

    expect(logins()).toBe(1);

    now += 2;
    await client.promotions.list();

    expect(logins()).toBe(2);
  });

  it("logs in again and resends once when upstream refuses the token with HTTP 401", async () => {
    let logins = 0;
    const upstream = createFakeUpstream((call) => {
      if (call.path === "/authentication/token") {
        logins += 1;

        return respondWith({ token: `TOKEN-${logins}` });
      }

      return call.body?.token === "TOKEN-1"
        ? respondWith(null, { code: "TOKEN_EXPIRED", status: 401 })
        : respondWith({ failed_charges_set: [] });
    });
    const client = createNetflixClient({ baseUrl, auth: passwordAuth, fetch: upstream.fetch });

    const data = await client.charges.acknowledgeBatch([
      { number: "NFC0000451", billing_system_customer_identifier: "pci123" },
    ]);

    expect(data).toEqual({ failed_charges_set: [] });
    expect(logins).toBe(2);
    expect(
      upstream.callsTo("/netflix/charges/acknowledge").map((call) => call.body?.token),
    ).toEqual(["TOKEN-1", "TOKEN-2"]);
  });

  it("gives up after the second refusal and throws the upstream error", async () => {
    const upstream = createFakeUpstream((call) =>
      call.path === "/authentication/token"
        ? respondWith({ token: "T" })
        : new Response("Forbidden", { status: 403 }),
    );
    const client = createNetflixClient({ baseUrl, auth: passwordAuth, fetch: upstream.fetch });

    await expect(client.promotions.list()).rejects.toBeInstanceOf(HttpError);
    expect(upstream.callsTo("/authentication/token")).toHaveLength(2);
    expect(upstream.callsTo("/netflix/promotions/list")).toHaveLength(2);
  });

  it("recognises an authentication failure through the `isAuthFailure` hook", async () => {
    let logins = 0;
    const upstream = createFakeUpstream((call) => {
      if (call.path === "/authentication/token") {
        logins += 1;

        return respondWith({ token: `TOKEN-${logins}` });
      }

      return call.query.token === "TOKEN-1"
        ? respondWith(null, { code: "INVALID_TOKEN" })
        : respondWith([]);
    });
    const client = createNetflixClient({
      baseUrl,
      auth: passwordAuth,
      fetch: upstream.fetch,
      isAuthFailure: (candidate) => candidate.statusCode === "INVALID_TOKEN",
    });

    await expect(client.promotions.list()).resolves.toEqual([]);
    expect(logins).toBe(2);
  });

  it("does not treat a non-OK status on HTTP 200 as an authentication failure", async () => {
    const upstream = createFakeUpstream((call) =>
      call.path === "/authentication/token"
        ? respondWith({ token: "T" })
        : respondWith(null, { code: "INVALID_TOKEN" }),
    );
    const client = createNetflixClient({ baseUrl, auth: passwordAuth, fetch: upstream.fetch });

    await expect(client.promotions.list()).rejects.toBeInstanceOf(StatusError);
    expect(upstream.callsTo("/authentication/token")).toHaveLength(1);
  });

  it("cannot renew a given token and throws the refusal", async () => {
    const upstream = createFakeUpstream(() => respondWith(null, { code: "EXPIRED", status: 401 }));
    const client = createNetflixClient({
      baseUrl,
      auth: { token: "GIVEN" },
      fetch: upstream.fetch,
    });

    await expect(client.promotions.list()).rejects.toBeInstanceOf(StatusError);
    expect(upstream.calls).toHaveLength(1);
  });

  it("throws a StatusError naming the login when the login is refused", async () => {
    const upstream = createFakeUpstream(() =>
      respondWith(null, { code: "LOGIN_FAILED", message: "Wrong credentials", status: 401 }),
    );
    const client = createNetflixClient({ baseUrl, auth: passwordAuth, fetch: upstream.fetch });

    await expect(client.promotions.list()).rejects.toThrow(
      "Upstream answered status `LOGIN_FAILED` (Wrong credentials) to `createToken`; fix the " +
        "request or the session as the status says, then send it again: POST /authentication/token",
    );
  });
});
