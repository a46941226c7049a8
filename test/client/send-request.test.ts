import { describe, expect, it } from "vitest";

import { HttpError, NetworkError, StatusError } from "../../src/index.js";
import { createTestClient, respondWith } from "./support/fake-upstream.js";

const promotions = [
  {
    code: "14",
    expires_on: null,
    name: "Test",
    description: null,
    effective_from: "2017-01-01T00:00:00",
  },
];

describe("envelope", () => {
  it("returns the typed data of an OK envelope", async () => {
    const { client } = createTestClient(() => respondWith(promotions));

    const data = await client.promotions.list();

    expect(data).toEqual(promotions);
    expect(data[0]?.code).toBe("14");
  });

  it("throws a StatusError for a non-OK status on HTTP 200", async () => {
    const { client } = createTestClient(() =>
      respondWith(
        {},
        { code: "CUSTOMER_NOT_FOUND", message: "Not found", description: "No customer pci999" },
      ),
    );

    const error = await client.subscriptions
      .show({ billing_system_customer_identifier: "pci999" })
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(StatusError);
    expect(error).toMatchObject({
      code: "ERR_NETFLIX_STATUS",
      statusCode: "CUSTOMER_NOT_FOUND",
      statusMessage: "Not found",
      statusDescription: "No customer pci999",
      httpStatus: 200,
      operation: "showSubscriptions",
      request: "GET /netflix/subscriptions/show",
    });
    expect((error as Error).message).toBe(
      "Upstream answered status `CUSTOMER_NOT_FOUND` (Not found: No customer pci999) to " +
        "`showSubscriptions`; fix the request or the session as the status says, then send it " +
        "again: GET /netflix/subscriptions/show",
    );
  });

  it("throws a StatusError for a non-OK status on HTTP 500 too", async () => {
    const { client } = createTestClient(() =>
      respondWith(null, { code: "INTERNAL", message: null, description: null, status: 500 }),
    );

    const error = await client.subscriptions
      .suspend({ billing_system_customer_identifier: "pci123" })
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(StatusError);
    expect((error as Error).message).toBe(
      "Upstream answered status `INTERNAL` to `suspendSubscription`; fix the request or the " +
        "session as the status says, then send it again: POST /netflix/subscriptions/suspend",
    );
  });

  it("throws an HttpError for a non-2xx answer without an envelope", async () => {
    const { client } = createTestClient(() => new Response("Bad gateway", { status: 502 }));

    const error = await client.subscriptions
      .cancel({ billing_system_customer_identifier: "pci123" })
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ code: "ERR_NETFLIX_HTTP", httpStatus: 502 });
    expect((error as Error).message).toBe(
      "Upstream answered HTTP 502 without a `{ data, status }` envelope to `cancelSubscription`;" +
        " check `baseUrl` and the server's health, then send it again: " +
        "POST /netflix/subscriptions/cancel",
    );
  });

  it("throws an HttpError for a 200 whose body is not JSON", async () => {
    const { client } = createTestClient(() => new Response("<html>login</html>", { status: 200 }));

    await expect(client.promotions.list()).rejects.toThrow(
      "Upstream answered HTTP 200 with a body that is not the `{ data, status }` envelope to " +
        "`listPromotions`; check `baseUrl` and the server's health, then send it again: " +
        "GET /netflix/promotions/list",
    );
  });

  it("throws a NetworkError when fetch fails", async () => {
    const { client } = createTestClient(
      () => {
        throw new TypeError("fetch failed", { cause: new Error("connect ECONNREFUSED") });
      },
      { retry: { retries: 0 } },
    );

    const error = await client.promotions.list().catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).code).toBe("ERR_NETFLIX_NETWORK");
    expect((error as Error).message).toBe(
      "The call to `listPromotions` did not reach upstream (TypeError: fetch failed: connect " +
        "ECONNREFUSED); check `baseUrl` and the network, then send it again: " +
        "GET /netflix/promotions/list",
    );
  });

  it("rethrows the abort reason when the caller aborts", async () => {
    const controller = new AbortController();
    const { client } = createTestClient(() => {
      controller.abort(new Error("caller gave up"));
      throw new DOMException("aborted", "AbortError");
    });

    await expect(client.promotions.list({}, { signal: controller.signal })).rejects.toThrow(
      "caller gave up",
    );
  });
});

describe("token placement", () => {
  it("puts the token into the query of a GET, fields_set as one joined value", async () => {
    const { client, upstream, token } = createTestClient(() => respondWith([]));

    await client.promotions.list({ fields_set: ["code", "name"] });

    const call = upstream.callsTo("/netflix/promotions/list")[0];

    expect(call?.query).toEqual({ token, fields_set: "code,name" });
    expect(call?.body).toBeUndefined();
  });

  it("puts the token into the JSON body of a POST", async () => {
    const { client, upstream, token } = createTestClient(() => respondWith({ token: "NFX" }));

    const data = await client.subscriptions.create({
      billing_system_customer_identifier: "pci123",
      channel: "WEB",
    });

    expect(data.token).toBe("NFX");
    expect(upstream.callsTo("/netflix/subscriptions/create")[0]?.body).toEqual({
      billing_system_customer_identifier: "pci123",
      channel: "WEB",
      token,
    });
  });

  it("sends the unsuspend call with the customer identifier", async () => {
    const { client, upstream } = createTestClient(() => respondWith({}));

    await expect(
      client.subscriptions.unsuspend({ billing_system_customer_identifier: "pci123" }),
    ).resolves.toEqual({});
    expect(upstream.callsTo("/netflix/subscriptions/unsuspend")).toHaveLength(1);
  });
});
