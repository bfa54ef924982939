import { DomainError } from "../errors";
import type { MailSender } from "../notifications/notifier";
import { tokensOf, wrongSignInCode } from "./accounts";
import type { IdentityProvider } from "./identity-provider";
import type { Locale } from "./locale";
import type { ProfileStore } from "./profile-store";
import type { Role, Tokens } from "@slotbook/contract";
import { newSignInCode, sameHash, signInCodeHash, signInCodePolicy, type SignInCodePolicy } from "./sign-in-code";
import { signInCodeEmail } from "./sign-in-code-email";
import type { SignInCodeStore } from "./sign-in-code-store";

const rateLimited = (retryAfterSeconds: number) =>
  new DomainError("RATE_LIMITED", "Too many codes or attempts for this email. Wait a while, then ask for a new code.", { retryAfterSeconds });

/** A name for an account made by its first code sign-in without one: the email's local part. */
const nameFromEmail = (email: string) => email.split("@")[0] || email;

/**
 * Signing in without a password: a one-time code by email, then the user pool's own sign-in, so the tokens
 * are Cognito's (the JWT authorizer and groups work unchanged).
 *
 * - Asking: the same answer whatever the email (no account discovery); a code is kept (hashed) and mailed
 *   unless the email belongs to an organiser: admins sign in with their password only.
 * - Checking: the API counts the guess, compares it, and uses the code up in conditional writes (limits,
 *   expiry, single use); only then is an account made (fans only, on first use). The sign-in itself is the
 *   pool's custom challenge answered with the same code, which the pool's verify trigger accepts only
 *   while the API's short-lived proof of it lasts: calling Cognito directly (its API is public) gets no
 *   guesses past this one.
 */
export interface PasswordlessDeps {
  identity: IdentityProvider;
  codes: SignInCodeStore;
  policy?: SignInCodePolicy;
  now?: () => Date;
}

/** Asking for a code: its own service, so the sign-in route's bundle carries no mail client. */
export function createCodeRequests(deps: PasswordlessDeps & { mail: MailSender; sender: string; newCode?: () => string }) {
  const policy = deps.policy ?? signInCodePolicy;
  const now = deps.now ?? (() => new Date());
  const newCode = deps.newCode ?? (() => newSignInCode(policy.digits));
  return {
    /**
     * Mails a code to the email (when it may have one); always the same answer, but 429 past the email's limits.
     * The name and locale are kept with the code for an account its first use makes.
     */
    async requestCode(email: string, name?: string, locale?: Locale): Promise<void> {
      const code = newCode();
      // Counted for every email alike, so a limit reveals nothing about accounts either.
      const issued = await deps.codes.issue(email, { hash: signInCodeHash(email, code), ...(name ? { name } : {}), ...(locale ? { locale } : {}) }, now());
      if (!issued.issued) throw rateLimited(issued.retryAfterSeconds);
      const roles = await deps.identity.rolesOf(email);
      if (roles?.includes("admin")) return;
      await deps.mail.send(signInCodeEmail(email, code, policy.codeTtlSeconds), deps.sender);
    },
  };
}

/** Signing in with the code. */
export function createCodeSignIn(deps: PasswordlessDeps & { profiles: Pick<ProfileStore, "save"> }) {
  const policy = deps.policy ?? signInCodePolicy;
  const now = deps.now ?? (() => new Date());

  /** The account to sign in: made for a new email (a fan), given the fan group if it has no role yet; never an admin. */
  async function fanAccount(email: string, asked: { name?: string; locale?: Locale }, found: Role[] | undefined) {
    let roles = found;
    if (roles === undefined) {
      const account = { email, name: asked.name ?? nameFromEmail(email), locale: asked.locale ?? "en" };
      const { id, created } = await deps.identity.createPasswordlessAccount(account);
      if (created) await deps.profiles.save({ id, username: email, email, name: account.name, phone: null, locale: account.locale, createdAt: now().toISOString() });
      roles = created ? [] : ((await deps.identity.rolesOf(email)) ?? []);
    }
    if (roles.includes("admin")) throw wrongSignInCode();
    // Also mends an account whose group was never given (a failure between creating and grouping it).
    if (!roles.includes("fan")) await deps.identity.addToGroup(email, "fan");
  }

  return {
    /** The code's tokens (the body of a password sign-in); 401 for a wrong, expired or used code, 429 past the guess limit. */
    async verifyCode(email: string, code: string): Promise<Tokens> {
      const attempt = await deps.codes.attempt(email, now());
      if (attempt.outcome === "locked") throw rateLimited(attempt.retryAfterSeconds);
      if (attempt.outcome === "none") throw wrongSignInCode();
      const hash = signInCodeHash(email, code);
      if (!sameHash(hash, attempt.codeHash)) {
        if (attempt.failures >= policy.maxFailures) await deps.codes.lock(email, now());
        throw wrongSignInCode();
      }
      // Before the proof: an organiser's account never gets one, so not even the right code (guessed, say)
      // could be taken to Cognito directly to sign an organiser in.
      const roles = await deps.identity.rolesOf(email);
      if (roles?.includes("admin")) throw wrongSignInCode();
      if (!(await deps.codes.prove(email, hash, now()))) throw wrongSignInCode();
      await fanAccount(email, attempt, roles);
      const session = await deps.identity.signInWithCode(email, code);
      // An account that became an organiser's meanwhile: its tokens are not handed out.
      if (session.roles.includes("admin")) {
        await deps.identity.revoke(session.refreshToken).catch(() => {});
        throw wrongSignInCode();
      }
      return tokensOf(session);
    },
  };
}

export type CodeRequests = ReturnType<typeof createCodeRequests>;
export type CodeSignIn = ReturnType<typeof createCodeSignIn>;
