/** A query value as the contract sends it: arrays go out as one comma-separated value. */
export type QueryValue = string | number | string[];

/** One HTTP request, before it is adapted to a target. */
export interface ContractRequest {
  method: string;
  path: string;
  query: Record<string, QueryValue>;
  body?: unknown;
  headers: Record<string, string>;
}

/** Where a rejection must point: `location` below `request`, and the missing property if any. */
export interface ExpectedViolation {
  location: string[];
  code: string;
  property?: string;
}

/** What the server must answer. */
export type Expectation =
  | { outcome: "accepted" }
  | { outcome: "rejected"; violation?: ExpectedViolation }
  | { outcome: "unknown-route" };

/** What a case exercises, for the per-operation counts. */
export type CaseKind = "example" | "limit" | "required" | "enum" | "credentials" | "unknown-route";

/** One generated contract case. */
export interface ContractCase {
  operationId: string;
  name: string;
  kind: CaseKind;
  request: ContractRequest;
  expect: Expectation;
  /** True when an accepted request would create or change data on a real server. */
  changesData: boolean;
}

/** Adds one case to the operation being generated. */
export type AddCase = (draft: Omit<ContractCase, "operationId" | "changesData">) => void;

/** The expectation of a request the server must accept. */
export const accepted = { outcome: "accepted" } as const;

/** The expectation of a request the server must reject, for the given reason. */
export function rejected(violation: ExpectedViolation): Expectation {
  return { outcome: "rejected", violation };
}
