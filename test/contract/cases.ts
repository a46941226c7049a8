import { limits as generatedLimits } from "../../generated/limits.js";
import { operations } from "../../generated/operations.js";
import type { LimitTable } from "../../scripts/lib/extract-limits.js";
import {
  listOperations,
  type OpenApiDocument,
  type OperationEntry,
} from "../../scripts/lib/openapi-document.js";
import { documentRequests, type DocumentedRequests } from "./baselines.js";
import { accepted, rejected, type AddCase, type ContractCase } from "./contract-case.js";
import { formatPath, readAt, removeAt, writeAt } from "./json-path.js";
import { addLimitCases } from "./limit-cases.js";
import { listSchemaFields, type FieldPath } from "./schema-fields.js";

/** The generated cases, and the body fields no documented example lets a case reach. */
export interface CaseSet {
  cases: ContractCase[];
  uncovered: string[];
}

/** A value no enum of the description holds. */
export const outsideEnum = "NOT_IN_ENUM";

/**
 * Walks a bundle and its limits and generates, per operation: every documented request
 * (accepted), every limit at and beyond each bound, every mandatory field missing, every object
 * that needs keys left empty, every enum with a value outside it, and missing credentials.
 */
export function generateCases(
  document: OpenApiDocument,
  limits: LimitTable = generatedLimits,
): CaseSet {
  const cases: ContractCase[] = [];
  const uncovered: string[] = [];

  for (const entry of listOperations(document)) {
    const requests = documentRequests(document, entry);
    const operationId = entry.operation.operationId;
    const add = (draft: Omit<ContractCase, "operationId" | "changesData">): void => {
      cases.push({ operationId, changesData: changesData(entry), ...draft });
    };

    for (const { name, request } of requests.documented) {
      add({ name: `accepts the ${name}`, kind: "example", request, expect: accepted });
    }

    addCredentialCase(requests, add);
    addQueryCases(requests, add);
    addBodyCases(document, requests, add, (path) =>
      uncovered.push(`${operationId}: ${formatPath(path)}`),
    );
    addLimitCases(requests, limits[operationId] ?? {}, add);
  }

  return { cases, uncovered };
}

/** Generates, for each operation of `latest` missing from `release`, a call that must not route. */
export function generateUnknownRouteCases(
  latest: OpenApiDocument,
  release: OpenApiDocument,
): ContractCase[] {
  const present = new Set(listOperations(release).map((entry) => entry.operation.operationId));

  return listOperations(latest)
    .filter((entry) => !present.has(entry.operation.operationId))
    .map((entry) => {
      const { baseline } = documentRequests(latest, entry);

      // An empty body cannot change data even on a server that does know the route.
      return {
        operationId: entry.operation.operationId,
        name: `answers ${entry.method.toUpperCase()} ${entry.path} as an unknown route`,
        kind: "unknown-route",
        request: baseline.body === undefined ? baseline : { ...baseline, body: {} },
        expect: { outcome: "unknown-route" },
        changesData: false,
      };
    });
}

function changesData(entry: OperationEntry): boolean {
  const info = (operations as Record<string, { tokenIn: string }>)[entry.operation.operationId];

  return entry.method !== "get" && info?.tokenIn === "body";
}

function addCredentialCase(requests: DocumentedRequests, add: AddCase): void {
  const { authorization, ...headers } = requests.baseline.headers;

  if (authorization !== undefined) {
    add({
      name: "rejects a request without credentials",
      kind: "credentials",
      request: { ...requests.baseline, headers },
      expect: rejected({ location: [], code: "401" }),
    });
  }
}

function addQueryCases(requests: DocumentedRequests, add: AddCase): void {
  const { baseline } = requests;

  for (const parameter of requests.queryParameters) {
    if (parameter.required) {
      const { [parameter.name]: _removed, ...query } = baseline.query;

      add({
        name: `rejects a request without \`${parameter.name}\``,
        kind: "required",
        request: { ...baseline, query },
        expect: rejected({ location: ["query"], code: "required", property: parameter.name }),
      });
    }

    if (parameter.schema.enum) {
      add({
        name: `rejects \`${parameter.name}\` outside its enum`,
        kind: "enum",
        request: { ...baseline, query: { ...baseline.query, [parameter.name]: outsideEnum } },
        expect: rejected({ location: ["query", parameter.name], code: "enum" }),
      });
    }
  }
}

function addBodyCases(
  document: OpenApiDocument,
  requests: DocumentedRequests,
  add: AddCase,
  reportUncovered: (path: FieldPath) => void,
): void {
  const bodies = requests.documented.map(({ request }) => request);

  for (const field of listSchemaFields(document, requests.bodySchema ?? {})) {
    const parentPath = field.path.slice(0, -1);
    const location = ["body", ...parentPath.map(String)];
    const name = formatPath(field.path);

    if (field.required) {
      const request = bodies.find((body) => readAt(body.body, field.path) !== undefined);

      if (request) {
        add({
          name: `rejects a request without \`${name}\``,
          kind: "required",
          request: { ...request, body: removeAt(request.body, field.path) },
          expect: rejected({ location, code: "required", property: String(field.path.at(-1)) }),
        });
      } else {
        reportUncovered(field.path);
      }
    }

    const withParent = bodies.find((body) => isObject(readAt(body.body, parentPath)));

    if (field.minProperties && withParent) {
      add({
        name: `rejects an empty \`${name}\``,
        kind: "required",
        request: { ...withParent, body: writeAt(withParent.body, field.path, {}) },
        expect: rejected({
          location: [...location, String(field.path.at(-1))],
          code: "minProperties",
        }),
      });
    } else if (field.minProperties) {
      reportUncovered(field.path);
    }

    if (field.enumValues) {
      const request = withParent;

      if (request) {
        add({
          name: `rejects \`${name}\` outside its enum`,
          kind: "enum",
          request: { ...request, body: writeAt(request.body, field.path, outsideEnum) },
          expect: rejected({ location: [...location, String(field.path.at(-1))], code: "enum" }),
        });
      } else {
        reportUncovered(field.path);
      }
    }
  }
}

function isObject(value: unknown): boolean {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
