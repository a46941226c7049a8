import { readFile } from "node:fs/promises";
import { join } from "node:path";

import { describe, expect, it } from "vitest";

import { listOperations, type OpenApiDocument } from "../scripts/lib/openapi-document.js";
import { generatedDir } from "../scripts/lib/paths.js";

async function readBundle(name: string): Promise<OpenApiDocument> {
  return JSON.parse(await readFile(join(generatedDir, name), "utf8")) as OpenApiDocument;
}

function summarize(document: OpenApiDocument): string[] {
  return listOperations(document).map(
    ({ method, path, operation }) =>
      `${method.toUpperCase()} ${path} ${operation.operationId} ${operation["x-available-from"]}`,
  );
}

const r12_0 = [
  "POST /authentication/token createToken R12.0.0",
  "POST /authentication/web_api_key/token createWebApiKeyToken R10.0.0",
  "GET /netflix/promotions/list listPromotions R12.0.0",
  "GET /netflix/subscriptions/show showSubscriptions R12.0.0",
  "POST /netflix/subscriptions/create createSubscription R12.0.0",
  "POST /netflix/subscriptions/suspend suspendSubscription R12.0.0",
  "POST /netflix/subscriptions/unsuspend unsuspendSubscription R12.0.0",
  "POST /netflix/subscriptions/cancel cancelSubscription R12.0.0",
  "GET /netflix/charges/list listCharges R12.0.0",
  "POST /netflix/charges/acknowledge acknowledgeCharges R12.0.0",
];

const r12_1 = [
  ...r12_0,
  "POST /netflix/operators/register_devices registerDevices R12.1.0",
  "POST /netflix/operators/unregister_devices unregisterDevices R12.1.0",
];

describe("generated bundles", () => {
  it("hold the twelve operations in the latest bundle, devices only from R12.1.0", async () => {
    expect(summarize(await readBundle("openapi.json"))).toEqual(r12_1);
    expect(summarize(await readBundle("releases/R12.1.0/openapi.json"))).toEqual(r12_1);
  });

  it("leave the device operations and their schemas out of R12.0.0", async () => {
    const bundle = await readBundle("releases/R12.0.0/openapi.json");

    expect(summarize(bundle)).toEqual(r12_0);
    expect(Object.keys(bundle.components!.schemas!)).not.toContain("DeviceBatchRequest");
    expect(bundle.tags!.map(({ name }) => name)).not.toContain("Operators");
    expect(bundle.info.version).toBe("R12.0.0");
  });

  it("declare the four upstream limits", async () => {
    const { components } = await readBundle("openapi.json");
    const schemas = components!.schemas as Record<string, any>;
    const parameters = components!.parameters as Record<string, any>;

    expect(schemas.AcknowledgeChargesRequest.properties.acknowledged_charges_set.maxItems).toBe(50);
    expect(schemas.DeviceBatchRequest.properties.devices.maxItems).toBe(1000);
    expect(parameters.number_of_results.schema.maximum).toBe(50);
    expect(schemas.CreateSubscriptionRequest.properties.validity_duration.maximum).toBe(86400);
  });

  it("keep the two charge-status enums apart", async () => {
    const schemas = (await readBundle("openapi.json")).components!.schemas as Record<string, any>;

    expect(schemas.ChargeStatusFilter.enum).toEqual(["NOT_PROCESSED", "PROCESSED"]);
    expect(schemas.ChargeStatus.enum).toEqual([
      "PENDING",
      "APPROVED",
      "DECLINED",
      "BAD_REQUEST",
      "REJECTED",
    ]);
  });

  it("flag the inferred cancel operation in an extension and in its description", async () => {
    const bundle = await readBundle("openapi.json");
    const inferred = listOperations(bundle).filter(({ operation }) => operation["x-inferred"]);

    expect(inferred.map(({ operation }) => operation.operationId)).toEqual(["cancelSubscription"]);
    expect(inferred[0]!.operation.description).toMatch(/^Inferred operation: confirm the path/);
  });
});
