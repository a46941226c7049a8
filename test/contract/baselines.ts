import {
  resolveLocal,
  type OpenApiDocument,
  type OperationEntry,
} from "../../scripts/lib/openapi-document.js";
import type { ContractRequest, QueryValue } from "./contract-case.js";

/** A query parameter with its resolved schema. */
export interface QueryParameter {
  name: string;
  required: boolean;
  schema: { enum?: unknown[]; examples?: unknown[]; [key: string]: unknown };
  example?: unknown;
}

/** The valid requests the description documents for one operation; the first is the baseline. */
export interface DocumentedRequests {
  baseline: ContractRequest;
  documented: { name: string; request: ContractRequest }[];
  queryParameters: QueryParameter[];
  bodySchema?: unknown;
}

interface MediaType {
  schema?: unknown;
  example?: unknown;
  examples?: Record<string, { value?: unknown }>;
}

/** The Web API key the mock is sent; any non-empty user name satisfies Prism's Basic check. */
const placeholderWebApiKey = "contract-web-api-key";

/**
 * Builds the documented requests of an operation: each request body example for POST, and for
 * GET the required parameters' examples, then once more with each optional one added.
 */
export function documentRequests(
  document: OpenApiDocument,
  entry: OperationEntry,
): DocumentedRequests {
  const { operation } = entry;
  const queryParameters = listQueryParameters(document, entry);
  const headers = credentialHeaders(document, operation.security);
  const query = Object.fromEntries(
    queryParameters
      .filter((parameter) => parameter.required)
      .map((parameter) => [parameter.name, exampleOf(parameter) ?? missingExample(parameter)]),
  );
  const media = resolveLocal<{ content?: Record<string, MediaType> } | undefined>(
    document,
    operation.requestBody,
  )?.content?.["application/json"];
  const base = { method: entry.method, path: entry.path, headers };

  if (media) {
    const documented = Object.entries(bodyExamples(media)).map(([name, body]) => ({
      name: `documented example \`${name}\``,
      request: { ...base, query, body },
    }));

    return {
      baseline: firstOf(documented, entry).request,
      documented,
      queryParameters,
      bodySchema: media.schema,
    };
  }

  const baseline = { ...base, query };
  const optional = queryParameters.filter(
    (parameter) => !parameter.required && exampleOf(parameter) !== undefined,
  );
  const documented = [
    { name: "documented parameter examples", request: baseline },
    ...optional.map((parameter) => ({
      name: `documented \`${parameter.name}\` example`,
      request: { ...baseline, query: { ...query, [parameter.name]: exampleOf(parameter)! } },
    })),
  ];

  return { baseline, documented, queryParameters };
}

function listQueryParameters(document: OpenApiDocument, entry: OperationEntry): QueryParameter[] {
  return (entry.operation.parameters ?? [])
    .map((reference) =>
      resolveLocal<QueryParameter & { in: string; schema?: unknown }>(document, reference),
    )
    .filter((parameter) => parameter.in === "query")
    .map((parameter) => ({
      name: parameter.name,
      required: parameter.required === true,
      schema: resolveLocal<QueryParameter["schema"]>(document, parameter.schema ?? {}),
      example: parameter.example,
    }));
}

function exampleOf(parameter: QueryParameter): QueryValue | undefined {
  const value = parameter.example ?? parameter.schema.examples?.[0] ?? parameter.schema.enum?.[0];

  return value as QueryValue | undefined;
}

function missingExample(parameter: QueryParameter): never {
  throw new Error(
    `Required parameter \`${parameter.name}\` has no example to build a request from`,
  );
}

function bodyExamples(media: MediaType): Record<string, unknown> {
  if (media.examples) {
    return Object.fromEntries(
      Object.entries(media.examples).map(([name, example]) => [name, example.value]),
    );
  }

  return media.example === undefined ? {} : { example: media.example };
}

function firstOf<T>(items: T[], entry: OperationEntry): T {
  if (items.length === 0) {
    throw new Error(`${entry.method.toUpperCase()} ${entry.path} documents no request example`);
  }

  return items[0]!;
}

function credentialHeaders(document: OpenApiDocument, security: unknown): Record<string, string> {
  const requirement = (security as Record<string, unknown>[] | undefined)?.[0] ?? {};
  const schemes = (document.components?.securitySchemes ?? {}) as Record<
    string,
    { type?: string; scheme?: string }
  >;
  const basic = Object.keys(requirement).some(
    (name) => schemes[name]?.type === "http" && schemes[name]?.scheme === "basic",
  );

  if (!basic) {
    return {};
  }

  const credentials = Buffer.from(`${placeholderWebApiKey}:`).toString("base64");

  return { authorization: `Basic ${credentials}` };
}
