import type { ContractRequest } from "./contract-case.js";
import { buildUrl } from "./request-url.js";

/** What came back, with the body parsed when it is JSON. */
export interface CaseResponse {
  status: number;
  headers: Headers;
  body: unknown;
}

/** Sends one request and reads the whole answer. */
export async function sendRequest(
  baseUrl: string,
  request: ContractRequest,
): Promise<CaseResponse> {
  const hasBody = request.body !== undefined;
  const response = await fetch(buildUrl(baseUrl, request), {
    method: request.method.toUpperCase(),
    headers: {
      accept: "application/json",
      ...(hasBody ? { "content-type": "application/json" } : {}),
      ...request.headers,
    },
    body: hasBody ? JSON.stringify(request.body) : undefined,
    signal: AbortSignal.timeout(20_000),
  });
  const text = await response.text();

  return { status: response.status, headers: response.headers, body: parseJson(text) };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // Some servers answer errors with HTML or plain text; keep the text for the message.
    return text;
  }
}
