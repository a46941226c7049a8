import { expect } from "vitest";

import type { ContractCase, ExpectedViolation } from "./contract-case.js";
import type { ResponseValidator } from "./response-validator.js";
import type { CaseResponse } from "./send-case.js";
import type { ContractTarget } from "./target.js";

interface Violation {
  location?: string[];
  code?: string | number;
  message?: string;
}

/** Asserts that a response is what the case expects from this kind of target. */
export function expectOutcome(
  contractCase: ContractCase,
  response: CaseResponse,
  target: ContractTarget,
  validate: ResponseValidator,
): void {
  const statusCode = (response.body as { status?: { code?: unknown } } | undefined)?.status?.code;
  const summary = `HTTP ${response.status}, status.code ${String(statusCode)}`;
  const { expect: expected } = contractCase;

  if (expected.outcome === "accepted") {
    expect(response.status, summary).toBeGreaterThanOrEqual(200);
    expect(response.status, summary).toBeLessThan(300);
    expect(statusCode, summary).toBe("OK");
    expect(validate(contractCase.operationId, response.body)).toEqual([]);
    return;
  }

  if (expected.outcome === "unknown-route") {
    expect(response.status, summary).toBe(404);

    if (target.kind === "mock") {
      expect((response.body as { type?: string }).type).toMatch(/NO_PATH_MATCHED_ERROR$/);
    }

    return;
  }

  expect(statusCode, summary).not.toBe("OK");

  if (target.kind === "mock") {
    expect(response.status, summary).toBeGreaterThanOrEqual(400);

    if (expected.violation) {
      expectViolation(response, expected.violation);
    }
  }
}

function expectViolation(response: CaseResponse, expected: ExpectedViolation): void {
  const header = response.headers.get("sl-violations") ?? "[]";
  const violations = JSON.parse(header) as Violation[];
  const location = ["request", ...expected.location];
  const named = violations.some(
    (violation) =>
      JSON.stringify(violation.location) === JSON.stringify(location) &&
      String(violation.code) === expected.code &&
      (expected.property === undefined ||
        (violation.message ?? "").includes(`'${expected.property}'`)),
  );

  expect(
    named,
    `sl-violations should name ${location.join(".")} (${expected.code}): ${header}`,
  ).toBe(true);
}
