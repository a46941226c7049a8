/** A response body in the upstream envelope: `{ data, status: { code, message, description } }`. */
export interface Envelope {
  data: unknown;
  code: string;
  message: string | null;
  description: string | null;
}

/** Parses a response body into the envelope, or undefined when it is not one. */
export function readEnvelope(body: unknown): Envelope | undefined {
  const parsed = typeof body === "string" ? parseJson(body) : body;

  if (typeof parsed !== "object" || parsed === null || !("status" in parsed)) {
    return undefined;
  }

  const status = parsed.status;

  if (typeof status !== "object" || status === null || !("code" in status)) {
    return undefined;
  }

  if (typeof status.code !== "string") {
    return undefined;
  }

  return {
    data: "data" in parsed ? parsed.data : undefined,
    code: status.code,
    message: readText(status, "message"),
    description: readText(status, "description"),
  };
}

function readText(status: object, key: "message" | "description"): string | null {
  const value: unknown = key in status ? (status as Record<string, unknown>)[key] : null;

  return typeof value === "string" ? value : null;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
