import { describe, expect, it } from "vitest";

import { limits } from "../../generated/limits.js";
import { operations } from "../../generated/operations.js";
import { readBundle } from "./bundle.js";
import { generateCases, generateUnknownRouteCases, outsideEnum } from "./cases.js";
import type { ContractRequest } from "./contract-case.js";
import { buildUrl } from "./request-url.js";

const { cases } = generateCases(readBundle());

function casesOf(operationId: string): typeof cases {
  return cases.filter((contractCase) => contractCase.operationId === operationId);
}

describe("generateCases", () => {
  it("sends every limit at each bound and one beyond it", () => {
    for (const [operationId, fields] of Object.entries(limits)) {
      for (const [field, limit] of Object.entries(fields)) {
        const bounds = Object.entries(limit).filter(([key]) =>
          ["minimum", "maximum", "minItems", "maxItems"].includes(key),
        );

        for (const [bound, value] of bounds as [string, number][]) {
          const names = casesOf(operationId).map((contractCase) => contractCase.name);
          const size = (n: number): string =>
            limit.kind === "number" ? `\`${field}\` = ${n}` : `${n} \`${field}\``;
          const beyond = bound.startsWith("max") ? value + 1 : value - 1;

          expect(names).toContain(`accepts ${size(value)} (${bound})`);

          if (limit.kind === "number" || beyond >= 0) {
            expect(names).toContain(
              `rejects ${size(beyond)} (${bound} ${bound.startsWith("max") ? "+" : "-"} 1)`,
            );
          }
        }
      }
    }
  });

  it("sends a fraction to every integer field", () => {
    const integers = Object.entries(limits).flatMap(([operationId, fields]) =>
      Object.entries(fields)
        .filter(([, limit]) => "integer" in limit && limit.integer)
        .map(([field]) => [operationId, field] as const),
    );

    expect(integers.length).toBeGreaterThan(0);

    for (const [operationId, field] of integers) {
      expect(casesOf(operationId).map((contractCase) => contractCase.name)).toContainEqual(
        expect.stringMatching(new RegExp(`^rejects \`${field}\` = \\d+\\.5 \\(integer\\)$`)),
      );
    }
  });

  it("rejects `token` missing on every operation that takes one", () => {
    const withToken = Object.entries(operations).filter(([, info]) => info.tokenIn !== "none");

    for (const [operationId] of withToken) {
      expect(casesOf(operationId).map((contractCase) => contractCase.name)).toContain(
        "rejects a request without `token`",
      );
    }
  });

  it("sends a value outside every enum, nested body properties included", () => {
    const enumCases = cases.filter((contractCase) => contractCase.kind === "enum");

    expect(enumCases.map((contractCase) => contractCase.name)).toEqual(
      expect.arrayContaining([
        "rejects `charge_status` outside its enum",
        "rejects `channel` outside its enum",
        "rejects `customer_address.type` outside its enum",
        "rejects `customer_email.type` outside its enum",
        "rejects `customer_phone.type` outside its enum",
      ]),
    );

    const nested = enumCases.find((contractCase) => contractCase.name.includes("customer_address"));

    expect(
      (nested?.request.body as { customer_address: { type: string } }).customer_address.type,
    ).toBe(outsideEnum);
  });

  it("marks as data-changing exactly the operations that take the token in the body", () => {
    const changing = new Set(
      cases.filter((contractCase) => contractCase.changesData).map((each) => each.operationId),
    );

    expect([...changing].sort()).toEqual(
      Object.entries(operations)
        .filter(([, info]) => info.tokenIn === "body")
        .map(([operationId]) => operationId)
        .sort(),
    );
  });

  it("builds requests from every documented request body example", () => {
    const names = casesOf("createSubscription")
      .filter((contractCase) => contractCase.kind === "example")
      .map((contractCase) => contractCase.name);

    expect(names).toEqual([
      "accepts the documented example `minimal`",
      "accepts the documented example `full`",
    ]);
  });
});

describe("generateUnknownRouteCases", () => {
  it("lists the device operations as unknown on R12.0.0", () => {
    const unknown = generateUnknownRouteCases(readBundle(), readBundle("R12.0.0"));

    expect(unknown.map((contractCase) => contractCase.operationId)).toEqual([
      "registerDevices",
      "unregisterDevices",
    ]);
  });
});

describe("buildUrl", () => {
  const request: ContractRequest = {
    method: "get",
    path: "/netflix/charges/list",
    query: { token: "a b", number_of_results: 50, fields_set: ["number", "charge_status"] },
    headers: {},
  };

  it("sends an array as one comma-separated value", () => {
    expect(buildUrl("http://127.0.0.1:4010/", request)).toBe(
      "http://127.0.0.1:4010/netflix/charges/list?token=a%20b&number_of_results=50" +
        "&fields_set=number,charge_status",
    );
  });

  it("keeps the path of the base URL", () => {
    expect(buildUrl("https://crm.operator.test/crmapi/rest/v2", { ...request, query: {} })).toBe(
      "https://crm.operator.test/crmapi/rest/v2/netflix/charges/list",
    );
  });
});
