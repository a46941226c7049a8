/** Replaces every occurrence of each secret in `text`, so that no message carries a credential. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  return secrets
    .filter((secret) => secret.length > 0)
    .sort((left, right) => right.length - left.length)
    .reduce((result, secret) => result.split(secret).join("[redacted]"), text);
}
