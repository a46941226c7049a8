import { OptionError } from "./errors.js";

/** Calls run at once when the caller does not say: small, to spare the upstream server. */
export const defaultConcurrency = 2;

/** The most calls a batch helper runs at once. */
export const maxConcurrency = 16;

/** Returns the concurrency to use, or throws an `OptionError` for anything but 1 to 16. */
export function resolveConcurrency(value: number | undefined, request: string): number {
  if (value === undefined) {
    return defaultConcurrency;
  }

  if (!Number.isInteger(value) || value < 1 || value > maxConcurrency) {
    throw new OptionError({
      option: "concurrency",
      problem: `is ${String(value)}, not an integer from 1 to ${maxConcurrency}`,
      fix: `pass an integer from 1 to ${maxConcurrency}, or leave it out for ${defaultConcurrency}`,
      request,
    });
  }

  return value;
}
