// Checked by client-types.test.ts: each `@ts-expect-error` marks a call the client's types must
// refuse. The test also compiles a copy without the markers and checks the errors it reports.
import { createNetflixClient, type NetflixCharge } from "../../src/index.js";

const client = createNetflixClient({
  baseUrl: "https://crm.example.net/crmapi/rest/v2",
  auth: { webApiKey: "key" },
});

export async function useTheClient(): Promise<NetflixCharge[]> {
  const page = await client.charges.list({
    charge_status: "PROCESSED",
    offset: 0,
    number_of_results: 50,
  });

  await client.charges.list({
    // @ts-expect-error wrong enum value: the filter is NOT_PROCESSED or PROCESSED
    charge_status: "DONE",
    offset: 0,
    number_of_results: 50,
  });

  // @ts-expect-error missing mandatory field: billing_system_customer_identifier
  await client.subscriptions.show({});

  await client.subscriptions.create({
    billing_system_customer_identifier: "pci123",
    // @ts-expect-error wrong enum value: the channel is WEB, STORE, MOBILE, BROADBAND or OTHER
    channel: "FAX",
  });

  // @ts-expect-error an acknowledgement needs billing_system_customer_identifier
  await client.charges.acknowledge([{ number: "NFC0000451" }]);

  // @ts-expect-error the client adds the token itself
  await client.promotions.list({ token: "T" });

  const status: "PENDING" | "APPROVED" | "DECLINED" | "BAD_REQUEST" | "REJECTED" | undefined =
    page.charges_set?.[0]?.charge_status;

  void status;

  return page.charges_set ?? [];
}
