import type { NetflixAuth } from "./client-options.js";
import { readTokenExpiry } from "./token-expiry.js";

/** Logs in and returns a fresh token; the session calls it at most once at a time. */
export type LogIn = () => Promise<string>;

interface HeldToken {
  value: string;
  expiresAt: number;
}

/**
 * Holds the session token: logs in lazily on first use, shares one login between concurrent
 * callers, renews the token `renewBefore` milliseconds before it expires, and drops it when a
 * call reports an authentication failure. A token given in the options is used as is.
 */
export class Session {
  private held: HeldToken | undefined;

  private pending: Promise<string> | undefined;

  constructor(
    private readonly auth: NetflixAuth,
    private readonly logIn: LogIn,
    private readonly now: () => number,
    private readonly renewBefore: number,
  ) {}

  /** Tells whether the session can log in again, which a given token cannot. */
  get canRenew(): boolean {
    return !("token" in this.auth);
  }

  /** Returns a token that is not about to expire, logging in first when needed. */
  async getToken(): Promise<string> {
    if ("token" in this.auth) {
      return this.auth.token;
    }

    if (this.held && this.now() < this.held.expiresAt - this.renewBefore) {
      return this.held.value;
    }

    this.pending ??= this.renew();

    return this.pending;
  }

  /** Forgets `token` after upstream refused it, unless a newer token already replaced it. */
  invalidate(token: string): void {
    if (this.held?.value === token) {
      this.held = undefined;
    }
  }

  private async renew(): Promise<string> {
    try {
      const obtainedAt = this.now();
      const value = await this.logIn();

      this.held = { value, expiresAt: readTokenExpiry(value, obtainedAt) };

      return value;
    } finally {
      this.pending = undefined;
    }
  }
}
