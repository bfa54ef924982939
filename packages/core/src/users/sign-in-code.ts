import { createHash, randomInt, timingSafeEqual } from "node:crypto";

/**
 * One-time sign-in codes ("email me a code"): how long they live and how often an email may ask or guess.
 * A guess limit per email (not per code) means asking for a new code buys no new guesses: at most
 * `maxFailures` guesses per `lockoutSeconds` (5 per 15 minutes is 480 a day: a 6-digit code is guessed in a
 * day with a chance of about 1 in 2,000 even by someone who never stops).
 */
export const signInCodePolicy = {
  digits: 6,
  /** A code works this long after it is sent, and once. */
  codeTtlSeconds: 10 * 60,
  /** Codes an email may be sent per window (a new code replaces the last one). */
  maxSends: 5,
  sendWindowSeconds: 15 * 60,
  /** Wrong guesses before the email is locked for `lockoutSeconds` (its live code dies with the lock). */
  maxFailures: 5,
  lockoutSeconds: 15 * 60,
  /**
   * After the API checked a code, the directory's sign-in must follow within this long: the user pool's
   * verify trigger accepts the code once more only while this proof lasts (see passwordless.ts).
   */
  proofTtlSeconds: 2 * 60,
} as const;

export type SignInCodePolicy = typeof signInCodePolicy;

/** A fresh code: uniformly random digits. */
export const newSignInCode = (digits: number = signInCodePolicy.digits): string => String(randomInt(0, 10 ** digits)).padStart(digits, "0");

/**
 * What the table keeps of a code: a hash bound to its email, never the code (a code is short-lived and
 * single-use, so an unsalted, fast hash is enough to keep a table read from handing out sign-ins).
 */
export const signInCodeHash = (email: string, code: string): string => createHash("sha256").update(`${email.toLowerCase()}\n${code.trim()}`).digest("hex");

/** Compares two hashes in constant time. */
export const sameHash = (a: string, b: string): boolean => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
