/**
 * TEST SUPPORT ONLY. The accounts' ports in memory:
 * - a profile store over the in-memory table, as adapters/dynamo/dynamo-profile-store.ts keeps profiles (the
 *   first createdAt kept, an SMS opt-in only for a number the profile has, a changed phone not opted in);
 * - a user directory standing in for Cognito (adapters/cognito/cognito-identity.ts), answering with the same
 *   DomainErrors: one account per email, sign-in only once confirmed, the same vague answer to every failed
 *   sign-in, quiet answers where Cognito's would reveal whether an account exists. Confirmation and reset
 *   codes are what cognito-local prints to its console: here `codeFor(email)` tells them.
 */
import { randomBytes } from "node:crypto";
import { DomainError } from "../errors";
import { badCredentials, wrongSignInCode } from "../users/accounts";
import type { AccountRecord, IdentityProvider, NewAccount, SignedIn } from "../users/identity-provider";
import type { ProfileRecord, ProfileStore } from "../users/profile-store";
import type { Role } from "@slotbook/contract";
import { smsNeedsPhone } from "../users/sms-opt-in";
import { copy, type MemoryTable } from "./memory-table";

export function inMemoryProfileStore(table: MemoryTable, options: { now?: () => Date } = {}): ProfileStore {
  const now = () => (options.now ? options.now() : new Date()).toISOString();
  return {
    async get(userId) {
      const profile = table.profiles.get(userId);
      return profile ? copy(profile) : undefined;
    },

    async save(profile) {
      const existing = table.profiles.get(profile.id);
      const saved: ProfileRecord = {
        ...existing,
        id: profile.id,
        username: profile.username,
        email: profile.email,
        name: profile.name,
        phone: profile.phone,
        createdAt: existing?.createdAt ?? profile.createdAt,
        updatedAt: now(),
      };
      table.profiles.set(profile.id, saved);
      return copy(saved);
    },

    async update(userId, changes) {
      const existing = table.profiles.get(userId);
      if (!existing) return undefined;
      // Opting in without a number names no number: refused, nothing changed.
      if (changes.smsOptIn === true && changes.phone === undefined && typeof existing.phone !== "string") throw smsNeedsPhone();
      const next: ProfileRecord = { ...existing, updatedAt: now() };
      if (changes.name !== undefined) next.name = changes.name;
      if (changes.phone !== undefined) next.phone = changes.phone;
      if (changes.smsOptIn === false || changes.phone === null) delete next.smsOptInPhone;
      else if (changes.smsOptIn === true) next.smsOptInPhone = typeof changes.phone === "string" ? changes.phone : existing.phone!;
      table.profiles.set(userId, next);
      return copy(next);
    },

    async remove(userId) {
      table.profiles.delete(userId);
    },
  };
}

interface DirectoryAccount extends Omit<AccountRecord, "confirmed"> {
  password: string;
  confirmed: boolean;
  groups: Set<Role>;
  /** The last confirmation or reset code sent (cognito-local shows it on its console). */
  code?: string;
}

const invalidField = (path: string, message: string) => new DomainError("VALIDATION_FAILED", message, { details: [{ path, message }] });
const wrongCode = () => invalidField("code", "The code is wrong or has expired. Ask for a new one.");
const sessionEnded = () => new DomainError("UNAUTHORIZED", "The session has ended. Sign in again.");

export type MemoryDirectory = IdentityProvider & {
  /** The code last sent to this email (to confirm it, or to reset its password). */
  codeFor(email: string): string | undefined;
  accounts: Map<string, DirectoryAccount>;
};

export function inMemoryDirectory(options: { now?: () => Date } = {}): MemoryDirectory {
  const now = () => (options.now ? options.now() : new Date()).toISOString();
  /** By email, lower-cased: the pool's sign-in name (its Admin calls take the email as Username). */
  const accounts = new Map<string, DirectoryAccount>();
  const tokens = new Map<string, { email: string; kind: "access" | "refresh" }>();
  let serial = 0;
  const next = (prefix: string) => `${prefix}-${(serial += 1)}`;
  const byName = (username: string) => accounts.get(username.toLowerCase());
  const issueCode = (account: DirectoryAccount) => (account.code = String(100000 + (serial += 1)).slice(-6));

  const session = (account: DirectoryAccount): SignedIn => {
    const accessToken = next("access");
    const refreshToken = next("refresh");
    tokens.set(accessToken, { email: account.email.toLowerCase(), kind: "access" });
    tokens.set(refreshToken, { email: account.email.toLowerCase(), kind: "refresh" });
    return { accessToken, idToken: next("id"), refreshToken, expiresIn: 3600, id: account.id, email: account.email, name: account.name, roles: [...account.groups] };
  };

  const make = (account: Omit<NewAccount, "password"> & { password: string }, confirmed: boolean): DirectoryAccount => {
    const made: DirectoryAccount = {
      id: next("sub"),
      username: account.email,
      email: account.email,
      name: account.name,
      phone: account.phone ?? null,
      createdAt: now(),
      password: account.password,
      confirmed,
      groups: new Set(),
    };
    accounts.set(account.email.toLowerCase(), made);
    return made;
  };

  /** Admin calls on an account that is not there fail as Cognito's UserNotFoundException would: a bug, a 500. */
  const existing = (username: string) => {
    const account = byName(username);
    if (!account) throw Object.assign(new Error(`User does not exist: ${username}`), { name: "UserNotFoundException" });
    return account;
  };

  return {
    accounts,
    codeFor: (email) => byName(email)?.code,

    async signUp(account) {
      if (byName(account.email)) throw new DomainError("EMAIL_TAKEN", "An account with this email already exists. Sign in, or reset the password.");
      const made = make(account, false);
      issueCode(made);
      return { id: made.id, username: made.email };
    },

    async deleteUser(username) {
      existing(username);
      accounts.delete(username.toLowerCase());
    },

    async addToGroup(username, role) {
      existing(username).groups.add(role);
    },

    async confirmSignUp(email, code) {
      const account = byName(email);
      if (account?.confirmed) throw new DomainError("CONFLICT", "This account is already confirmed. Sign in.");
      if (!account || account.code !== code) throw wrongCode();
      account.confirmed = true;
      delete account.code;
    },

    async resendConfirmation(email) {
      // Quiet for unknown and confirmed accounts alike: nobody learns which emails have accounts.
      const account = byName(email);
      if (account && !account.confirmed) issueCode(account);
    },

    async signIn(email, password) {
      const account = byName(email);
      if (!account || !account.confirmed || account.password !== password) throw badCredentials();
      return session(account);
    },

    async refresh(refreshToken) {
      const token = tokens.get(refreshToken);
      const account = token?.kind === "refresh" ? byName(token.email) : undefined;
      if (!account) throw sessionEnded();
      // Cognito hands out no new refresh token here: the one made for this session is dropped again.
      const { refreshToken: unused, ...fresh } = session(account);
      tokens.delete(unused);
      return fresh;
    },

    async revoke(refreshToken) {
      if (tokens.get(refreshToken)?.kind !== "refresh") throw invalidField("refreshToken", "That is not a refresh token of this session.");
      tokens.delete(refreshToken);
    },

    async getUser(username) {
      const account = byName(username);
      if (!account) throw new DomainError("UNAUTHORIZED", "This account no longer exists. Sign in again.");
      const { password: _password, groups: _groups, code: _code, ...record } = account;
      return copy(record);
    },

    async groupsOf(username) {
      return [...existing(username).groups];
    },

    async updateAttributes(username, changes) {
      const account = existing(username);
      if (changes.name !== undefined) account.name = changes.name;
      if (changes.phone !== undefined) account.phone = changes.phone;
    },

    async changePassword(accessToken, currentPassword, newPassword) {
      const token = tokens.get(accessToken);
      const account = token?.kind === "access" ? byName(token.email) : undefined;
      if (!account) throw new DomainError("UNAUTHORIZED", "Sign in first: this needs a valid access token.");
      if (account.password !== currentPassword) throw invalidField("currentPassword", "The current password is wrong.");
      account.password = newPassword;
    },

    async forgotPassword(email) {
      // The same answer whether or not the email has an account.
      const account = byName(email);
      if (account?.confirmed) issueCode(account);
    },

    async confirmForgotPassword(email, code, newPassword) {
      const account = byName(email);
      if (!account || !account.code || account.code !== code) throw wrongCode();
      account.password = newPassword;
      delete account.code;
    },

    async createConfirmedUser(account) {
      const found = byName(account.email);
      if (found) {
        // An operator re-running the command sets the password again; the account stays as it was.
        found.password = account.password;
        return { id: found.id, username: found.email, created: false };
      }
      const made = make(account, true);
      return { id: made.id, username: made.email, created: true };
    },

    async rolesOf(username) {
      const account = byName(username);
      return account ? [...account.groups] : undefined;
    },

    async createPasswordlessAccount(account) {
      if (byName(account.email)) return { id: "", created: false };
      return { id: make({ ...account, password: randomBytes(32).toString("base64url") }, true).id, created: true };
    },

    async signInWithCode(email, _code) {
      // The code was proved by the API before this call (the pool's verify trigger checks that proof): here
      // only the account matters. An unconfirmed one is confirmed: the code proved its email.
      const account = byName(email);
      if (!account) throw wrongSignInCode();
      account.confirmed = true;
      return session(account);
    },
  };
}
