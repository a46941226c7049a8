import { describe, expect, it } from "vitest";

import { extractLimits } from "../scripts/lib/extract-limits.js";
import type { OpenApiDocument } from "../scripts/lib/openapi-document.js";
import { limits } from "../generated/limits.js";

const document: OpenApiDocument = {
  openapi: "3.1.0",
  info: { version: "R1.0.0" },
  paths: {
    "/items": {
      get: {
        operationId: "listItems",
        "x-available-from": "R1.0.0",
        parameters: [
          { $ref: "#/components/parameters/size" },
          { name: "name", in: "query", schema: { type: "string", maxLength: 9 } },
        ],
      },
      post: {
        operationId: "createItems",
        "x-available-from": "R1.0.0",
        requestBody: {
          content: { "application/json": { schema: { $ref: "#/components/schemas/Body" } } },
        },
      },
    },
  },
  components: {
    parameters: { size: { name: "size", in: "query", schema: { type: "integer", maximum: 5 } } },
    schemas: {
      Body: {
        type: "object",
        properties: {
          items: { type: ["array", "null"], minItems: 1, maxItems: 3 },
          note: { type: "string" },
        },
      },
    },
  },
};

describe("extractLimits", () => {
  it("reads numeric bounds of query parameters and array bounds of body fields", () => {
    expect(extractLimits(document)).toEqual({
      listItems: { size: { in: "query", kind: "number", integer: true, maximum: 5 } },
      createItems: { items: { in: "body", kind: "array", minItems: 1, maxItems: 3 } },
    });
  });
});

describe("generated/limits.ts", () => {
  it("carries the upstream limits", () => {
    expect(limits.acknowledgeCharges.acknowledged_charges_set.maxItems).toBe(50);
    expect(limits.registerDevices.devices.maxItems).toBe(1000);
    expect(limits.unregisterDevices.devices.maxItems).toBe(1000);
    expect(limits.listCharges.number_of_results.maximum).toBe(50);
    expect(limits.createSubscription.validity_duration.maximum).toBe(86400);
  });
});
