import { operations, type OperationId } from "../../generated/operations.js";
import { mockDocumentPath } from "../../scripts/lib/mock-options.js";
import { startPrism } from "../../scripts/lib/prism.js";
import type { ContractCase, ContractRequest } from "./contract-case.js";
import { basicAuthorization, logIn } from "./server-login.js";

/** The server the suite talks to: a mock it started, or the one `CONTRACT_BASE_URL` names. */
export interface ContractTarget {
  kind: "mock" | "server";
  baseUrl: string;
  /** The Prism process of a mock target. */
  pid?: number;
  /** Puts the target's real token and credentials into a documented request. */
  adapt(request: ContractRequest): ContractRequest;
  stop(): Promise<void>;
}

const env = process.env;

/** True when the suite runs against the server named by `CONTRACT_BASE_URL`. */
export const targetsServer = Boolean(env.CONTRACT_BASE_URL);

/** Why a case cannot run against the current target, or undefined when it can. */
export function skipReason(contractCase: ContractCase): string | undefined {
  if (!targetsServer || contractCase.expect.outcome !== "accepted") {
    return undefined;
  }

  if (contractCase.changesData) {
    return "it would change data";
  }

  if (contractCase.request.headers.authorization !== undefined && !env.CONTRACT_WEB_API_KEY) {
    return "`CONTRACT_WEB_API_KEY` is not set";
  }

  const login = operations[contractCase.operationId as OperationId]?.tokenIn === "none";

  if (login && contractCase.request.headers.authorization === undefined && !env.CONTRACT_USERNAME) {
    return "`CONTRACT_USERNAME` is not set";
  }

  return undefined;
}

/**
 * Opens the target: starts a mock of the release's bundle (the latest when undefined) on a free
 * port, or logs in to the server of `CONTRACT_BASE_URL`.
 */
export async function openTarget(release?: string): Promise<ContractTarget> {
  if (targetsServer) {
    return openServer(env.CONTRACT_BASE_URL!);
  }

  const prism = await startPrism({ document: mockDocumentPath(release), port: 0 });

  return {
    kind: "mock",
    baseUrl: prism.baseUrl,
    pid: prism.pid,
    adapt: (request) => request,
    stop: prism.stop,
  };
}

async function openServer(baseUrl: string): Promise<ContractTarget> {
  const token = env.CONTRACT_TOKEN || (await logIn(baseUrl, env));
  const replacements: Record<string, string | undefined> = {
    token,
    username: env.CONTRACT_USERNAME,
    password: env.CONTRACT_PASSWORD,
    organisation: env.CONTRACT_ORGANISATION,
    unit: env.CONTRACT_UNIT,
    billing_system_customer_identifier: env.CONTRACT_CUSTOMER,
  };

  return {
    kind: "server",
    baseUrl,
    adapt: (request) => adaptRequest(request, replacements),
    stop: async () => {},
  };
}

function adaptRequest(
  request: ContractRequest,
  replacements: Record<string, string | undefined>,
): ContractRequest {
  const query = replaceTopLevel(request.query, replacements);
  const body = isRecord(request.body) ? replaceTopLevel(request.body, replacements) : request.body;
  const headers = { ...request.headers };

  if (headers.authorization !== undefined && env.CONTRACT_WEB_API_KEY) {
    headers.authorization = basicAuthorization(env.CONTRACT_WEB_API_KEY);
  }

  return { ...request, query: query as ContractRequest["query"], body, headers };
}

function replaceTopLevel<T extends Record<string, unknown>>(
  values: T,
  replacements: Record<string, string | undefined>,
): T {
  const copy: Record<string, unknown> = { ...values };

  for (const [name, replacement] of Object.entries(replacements)) {
    if (!(name in copy)) {
      continue;
    }

    // The documented unit id means nothing on another server: it goes unless one is configured.
    if (replacement !== undefined) {
      copy[name] = replacement;
    } else if (name === "unit") {
      delete copy[name];
    }
  }

  return copy as T;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
