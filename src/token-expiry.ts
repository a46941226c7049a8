/** Upstream's token lifetime: two hours after issue (R12.0.0 and later). */
export const upstreamTokenLifetime = 2 * 60 * 60 * 1000;

/**
 * When a token expires, in milliseconds since the epoch: the JWT's `exp` claim (upstream sends it
 * as a JSON string such as "1501164848", or a number), or, for a token that is not a JWT (the
 * pre-R12 32-hex form), two hours after it was obtained. An `exp` that is not after the moment
 * the token was obtained means the two clocks disagree; the two-hour lifetime is used then, so that
 * the client does not log in before every call (an authentication failure still renews it).
 */
export function readTokenExpiry(token: string, obtainedAt: number): number {
  const expiry = readJwtExpiry(token);

  return expiry !== undefined && expiry > obtainedAt ? expiry : obtainedAt + upstreamTokenLifetime;
}

function readJwtExpiry(token: string): number | undefined {
  const parts = token.split(".");

  if (parts.length !== 3 || !parts[1]) {
    return undefined;
  }

  const payload = parseJson(decodeBase64Url(parts[1]));

  if (typeof payload !== "object" || payload === null || !("exp" in payload)) {
    return undefined;
  }

  const expiry = payload.exp;

  if (typeof expiry === "number" && Number.isFinite(expiry)) {
    return expiry * 1000;
  }

  return typeof expiry === "string" && /^\d+$/.test(expiry) ? Number(expiry) * 1000 : undefined;
}

function decodeBase64Url(text: string): string {
  const base64 = text.replaceAll("-", "+").replaceAll("_", "/");

  try {
    const binary = atob(base64.padEnd(base64.length + ((4 - (base64.length % 4)) % 4), "="));

    return new TextDecoder().decode(
      Uint8Array.from(binary, (character) => character.charCodeAt(0)),
    );
  } catch {
    return "";
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
