import type { Locale } from "./locale";

/**
 * Where one-time sign-in codes are kept, one record per email (the table in AWS and locally). Every answer
 * comes from one conditional write, so racing requests can't exceed a limit or use a code twice.
 */
export interface SignInCodeStore {
  /**
   * Keeps a new code's hash for the email (replacing any earlier code) unless the email has used up its
   * sends for the window or is locked; then how long until it may ask again.
   */
  issue(email: string, code: { hash: string; name?: string; locale?: Locale }, now: Date): Promise<{ issued: true } | { issued: false; retryAfterSeconds: number }>;
  /**
   * Counts one guess against the email's live code and hands back its hash to compare: "none" when there is
   * no live code (never sent, expired or used), "locked" while the email is locked or out of guesses.
   */
  attempt(
    email: string,
    now: Date,
  ): Promise<{ outcome: "check"; codeHash: string; failures: number; name?: string; locale?: Locale } | { outcome: "none" } | { outcome: "locked"; retryAfterSeconds: number }>;
  /** The last allowed guess was wrong: the email is locked for a while and its code dies. */
  lock(email: string, now: Date): Promise<void>;
  /**
   * The guess was right: the code is used up (false if a racing request used it first) and a short-lived
   * proof of it is left for the user pool's verify trigger; the email's wrong guesses are forgiven.
   */
  prove(email: string, codeHash: string, now: Date): Promise<boolean>;
  /** The user pool's verify trigger: true (once) when the answer is the code the API just proved. */
  redeemProof(email: string, codeHash: string, now: Date): Promise<boolean>;
}
