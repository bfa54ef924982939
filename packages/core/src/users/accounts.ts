import { DomainError } from "../errors";
import type { IdentityProvider, NewAccount, SignedIn } from "./identity-provider";
import type { ProfileRecord, ProfileStore } from "./profile-store";
import type { Role, Profile, Refreshed, Tokens, UpdateProfileInput, User } from "@slotbook/contract";
import { smsNeedsPhone, smsNumberOf } from "./sms-opt-in";

const mainRole = (roles: readonly Role[]): Role => (roles.includes("admin") ? "admin" : "fan");

/** A sign-in's answer: the tokens and who they belong to (the same body for every way of signing in). */
export const tokensOf = (session: SignedIn): Tokens => ({
  accessToken: session.accessToken,
  idToken: session.idToken,
  refreshToken: session.refreshToken,
  expiresIn: session.expiresIn,
  user: { id: session.id, email: session.email, name: session.name, role: mainRole(session.roles) },
});

/** Who is asking, from the verified token: the profile's role is the caller's group. */
export interface AccountHolder {
  id: string;
  username: string;
  role: Role;
}

const profileView = (record: ProfileRecord, role: Role): Profile => ({
  id: record.id,
  email: record.email,
  name: record.name,
  phone: record.phone,
  smsOptIn: smsNumberOf(record) !== undefined,
  locale: record.locale ?? "en",
  role,
  createdAt: record.createdAt,
});

/**
 * Accounts and sessions: what the /auth and /users routes do, knowing nothing of HTTP or Cognito. The
 * directory (Cognito) holds credentials; the profile store holds the copy every other route reads.
 */
export function createAccounts(identity: IdentityProvider, profiles: ProfileStore) {
  /** The directory's account copied into the profile store (on confirmation, or for an account made before profiles were). */
  const copyFromDirectory = async (username: string) => {
    const { confirmed: _confirmed, ...account } = await identity.getUser(username);
    return profiles.save(account);
  };

  return {
    copyFromDirectory,

    /** Self-registration: always a fan. If the role can't be given, the account is removed again: nothing half-made. */
    async register(account: NewAccount): Promise<{ user: User; confirmationRequired: true }> {
      const { id, username } = await identity.signUp(account);
      try {
        await identity.addToGroup(username, "fan");
      } catch (error) {
        await identity.deleteUser(username).catch(() => {});
        throw error;
      }
      return { user: { id, email: account.email, name: account.name, role: "fan" }, confirmationRequired: true };
    },

    confirm: (email: string, code: string) => identity.confirmSignUp(email, code),
    resendConfirmation: (email: string) => identity.resendConfirmation(email),

    async login(email: string, password: string): Promise<Tokens> {
      return tokensOf(await identity.signIn(email, password));
    },

    async refresh(refreshToken: string): Promise<Refreshed> {
      const session = await identity.refresh(refreshToken);
      return { accessToken: session.accessToken, idToken: session.idToken, expiresIn: session.expiresIn };
    },

    logout: (refreshToken: string) => identity.revoke(refreshToken),

    async profile(holder: AccountHolder): Promise<Profile> {
      const record = (await profiles.get(holder.id)) ?? (await copyFromDirectory(holder.username));
      return profileView(record, holder.role);
    },

    /** The directory first (it is the source of truth), then the copy. */
    async updateProfile(holder: AccountHolder, changes: UpdateProfileInput): Promise<Profile> {
      const { smsOptIn, ...directoryChanges } = changes;
      if (changes.name === undefined && changes.phone === undefined && changes.locale === undefined && smsOptIn === undefined) return this.profile(holder);
      // Opting in needs a number on the profile: checked before anything changes (bad input changes nothing).
      if (smsOptIn === true && changes.phone === undefined) {
        const current = (await profiles.get(holder.id)) ?? (await copyFromDirectory(holder.username));
        if (!current.phone) throw smsNeedsPhone();
      }
      if (Object.values(directoryChanges).some((value) => value !== undefined)) await identity.updateAttributes(holder.username, directoryChanges);
      let record = await profiles.update(holder.id, changes);
      if (!record) {
        // No copy yet (an account made before profiles were): the directory's, then the opt-in on it.
        record = await copyFromDirectory(holder.username);
        if (smsOptIn !== undefined) record = (await profiles.update(holder.id, { smsOptIn })) ?? record;
      }
      return profileView(record, holder.role);
    },

    changePassword: (accessToken: string, currentPassword: string, newPassword: string) =>
      identity.changePassword(accessToken, currentPassword, newPassword),

    forgotPassword: (email: string) => identity.forgotPassword(email),
    resetPassword: (email: string, code: string, newPassword: string) => identity.confirmForgotPassword(email, code, newPassword),

    /**
     * A ready-to-use account in a role, made by an operator: admins (`npm run admin:create`; never by
     * self-registration) and the local demo users.
     */
    async createConfirmed(account: NewAccount, role: Role): Promise<{ id: string; created: boolean }> {
      const { id, username, created } = await identity.createConfirmedUser(account);
      await identity.addToGroup(username, role);
      await copyFromDirectory(username);
      return { id, created };
    },
  };
}

export type Accounts = ReturnType<typeof createAccounts>;

/** The one answer to every failed sign-in, so nobody can learn which emails have accounts. */
export const badCredentials = () =>
  new DomainError("UNAUTHORIZED", "The email or password is wrong, or the account is not confirmed yet.");

/** The one answer to every failed code sign-in (wrong, expired, used, or no such code). */
export const wrongSignInCode = () => new DomainError("UNAUTHORIZED", "The code is wrong or has expired. Ask for a new one.");
