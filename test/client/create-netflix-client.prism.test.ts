import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { findFreePort, startPrism, type RunningPrism } from "../../scripts/lib/prism.js";
import { createNetflixClient, type NetflixClient } from "../../src/index.js";

const document = join(import.meta.dirname, "..", "..", "generated", "openapi.yaml");
let prism: RunningPrism | undefined;
let client: NetflixClient;
const requests: { method: string; url: string; violations: string | null }[] = [];

beforeAll(async () => {
  prism = await startPrism({ document, port: await findFreePort() });
  client = createNetflixClient({
    baseUrl: prism.baseUrl,
    auth: { username: "mpadministrator", password: "1234", organisation: "CRMDEMO" },
    fetch: async (request) => {
      const response = await fetch(request);

      requests.push({
        method: request.method,
        url: request.url,
        violations: response.headers.get("sl-violations"),
      });

      return response;
    },
  });
});

afterAll(async () => {
  await prism?.stop();
});

describe("client against the Prism mock", () => {
  it("logs in once and lists the documented promotions", async () => {
    const promotions = await client.promotions.list({ fields_set: ["code", "name"] });

    expect(promotions).toEqual([
      {
        code: "14",
        expires_on: null,
        name: "Test",
        description: null,
        effective_from: "2017-01-01T00:00:00",
      },
      {
        code: "15",
        expires_on: null,
        name: "Test_2",
        description: null,
        effective_from: "2017-02-01T00:00:00",
      },
    ]);
    expect(requests.map((request) => request.method + " " + new URL(request.url).pathname)).toEqual(
      ["POST /authentication/token", "GET /netflix/promotions/list"],
    );
    expect(new URL(requests[1]?.url ?? "").searchParams.get("token")).toBe(
      "4AD9C84FA60F9FE407140E20F707726A",
    );
  });

  it("shows the documented subscription", async () => {
    const subscriptions = await client.subscriptions.show({
      billing_system_customer_identifier: "pci123",
    });

    expect(subscriptions).toEqual([
      {
        subscription_number: "SUB0000123",
        netflix_sate: "EFFECTIVE",
        life_cycle_state: "EFFECTIVE",
        promotions_set: [
          {
            code: "14",
            name: "Test",
            description: null,
            effective_from: "2017-01-01T00:00:00",
            expires_on: null,
          },
        ],
        prices_set: [{ FormattedPrice: "€7.99" }],
      },
    ]);
  });

  it("creates a subscriber and returns the documented Netflix token", async () => {
    const created = await client.subscriptions.create({
      billing_system_customer_identifier: "pci123",
      promotion_code: "14",
      channel: "WEB",
      validity_duration: 86400,
    });

    expect(created).toEqual({ token: "9F3C2A7E1B0D4C5E8A6F7B2D1C0E9A8B" });
  });

  it("lists the documented charges", async () => {
    const page = await client.charges.list({
      charge_status: "PROCESSED",
      offset: 0,
      number_of_results: 50,
    });

    expect(page.charges_set?.map((charge) => [charge.number, charge.charge_status])).toEqual([
      ["NFC0000451", "APPROVED"],
      ["NFC0000452", "DECLINED"],
    ]);
    expect(page.charges_set?.[0]).toMatchObject({ amount: 7.99, currency: "EUR" });
  });

  it("acknowledges charges and maps the documented failure back to its charge", async () => {
    const result = await client.charges.acknowledge([
      {
        number: "NFC0000451",
        billing_system_customer_identifier: "pci123",
        reference_number: "INV-2017-000981",
      },
      { number: "NFC0000452", billing_system_customer_identifier: "pci124" },
    ]);

    expect(result.outcomes.map((outcome) => outcome.status)).toEqual(["done", "failed"]);
    expect(result.failed[0]?.failure).toEqual({
      number: "NFC0000452",
      reference_number: "INV-2017-000982",
      error_code: "CHARGE_NOT_FOUND",
      error_description: "The charge does not exist or was already acknowledged.",
    });
  });

  it("registers devices and reports the documented failed ESN", async () => {
    const result = await client.operators.registerDevices({ name: "Telkom Operator" }, [
      "Test_1",
      "Test_6",
      "Test_7",
    ]);

    expect(result.failed.map((outcome) => outcome.item)).toEqual(["Test_1"]);
    expect(result.done.map((outcome) => outcome.item)).toEqual(["Test_6", "Test_7"]);
  });

  it("logs in with a Web API key through HTTP Basic, as the mock requires", async () => {
    const seen: string[] = [];
    const keyClient = createNetflixClient({
      baseUrl: prism?.baseUrl ?? "",
      auth: { webApiKey: "wak-123", unit: "unit" },
      fetch: async (request) => {
        const response = await fetch(request);

        seen.push(`${response.status} ${new URL(request.url).pathname}`);

        return response;
      },
    });

    await keyClient.promotions.list();
    await keyClient.promotions.list();

    expect(seen).toEqual([
      "200 /authentication/web_api_key/token",
      "200 /netflix/promotions/list",
      "200 /netflix/promotions/list",
    ]);
  });

  it("sent only requests the mock found valid, logging in once", () => {
    expect(requests.filter((request) => request.violations !== null)).toEqual([]);
    expect(requests.filter((request) => request.url.includes("/authentication/"))).toHaveLength(1);
  });
});
