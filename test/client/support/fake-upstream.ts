import { createNetflixClient, type NetflixClientOptions } from "../../../src/index.js";

/** One request the fake upstream received, decoded. */
export interface RecordedCall {
  method: string;
  path: string;
  query: Record<string, string>;
  body: Record<string, unknown> | undefined;
  headers: Headers;
}

/** Answers a decoded request; throwing simulates a transport failure. */
export type FakeHandler = (call: RecordedCall) => Response | Promise<Response>;

/** A password every test uses, so that tests can prove it never leaks. */
export const testPassword = "pa55-Secret-Word";

/** Builds an unsigned JWT with the given claims, as upstream shapes them. */
export function createJwt(claims: Record<string, unknown>): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

  return `${encode({ typ: "JWT", alg: "HS256" })}.${encode(claims)}.c2lnbmF0dXJl`;
}

/** A JWT that expires two hours after `issuedAt` (seconds), with string claims like upstream. */
export function createUpstreamJwt(
  issuedAt: number,
  sessionId = "7B6BA3DA930044D9A420B5A5E84EE353",
): string {
  return createJwt({
    usr: "mpadministrator",
    org: "evnfx",
    oun: "1",
    exp: String(issuedAt + 7200),
    iat: String(issuedAt),
    jti: sessionId,
  });
}

/** A JSON response in the upstream envelope. */
export function respondWith(
  data: unknown,
  options: {
    code?: string;
    message?: string | null;
    description?: string | null;
    status?: number;
    headers?: Record<string, string>;
  } = {},
): Response {
  const body = {
    data,
    status: {
      code: options.code ?? "OK",
      message: options.message ?? "",
      description: options.description ?? "",
    },
  };

  return new Response(JSON.stringify(body), {
    status: options.status ?? 200,
    headers: { "Content-Type": "application/json", ...options.headers },
  });
}

/** A fetch that decodes each request, records it and passes it to `handler`. */
export function createFakeUpstream(handler: FakeHandler) {
  const calls: RecordedCall[] = [];

  const fetch = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const text = request.method === "GET" ? "" : await request.text();
    const call: RecordedCall = {
      method: request.method,
      path: url.pathname.replace(/^\/crmapi\/rest\/v2/, ""),
      query: Object.fromEntries(url.searchParams),
      body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined,
      headers: request.headers,
    };

    calls.push(call);

    return handler(call);
  };

  return { fetch, calls, callsTo: (path: string) => calls.filter((call) => call.path === path) };
}

/**
 * A client on a fake upstream that answers logins with `token` and passes every other call to
 * `handler`. Sleeps are recorded, never waited.
 */
export function createTestClient(
  handler: FakeHandler,
  options: Partial<NetflixClientOptions> & { token?: string } = {},
) {
  const token = options.token ?? createUpstreamJwt(Math.floor(Date.now() / 1000));
  const sleeps: number[] = [];
  const upstream = createFakeUpstream((call) =>
    call.path.startsWith("/authentication/") ? respondWith({ token }) : handler(call),
  );

  const client = createNetflixClient({
    baseUrl: "https://crm.example.net/crmapi/rest/v2",
    auth: { username: "mpadministrator", password: testPassword, organisation: "CRMDEMO" },
    fetch: upstream.fetch,
    sleep: async (milliseconds) => {
      sleeps.push(milliseconds);
    },
    random: () => 0.5,
    ...options,
  });

  return { client, upstream, sleeps, token };
}
