import type { AccountRecord } from "./identity-provider";

/**
 * An account's profile as the table keeps it: copied there when the account is confirmed or changed (a
 * Cognito post-confirmation trigger, `accounts.updateProfile`, `accounts.createConfirmed`), so hot routes
 * read it with the DynamoDB call they already make and never call Cognito (its quotas are small).
 * `email` is the verified sign-in address: the only address the system ever mails.
 */
export interface ProfileRecord extends ProfileFields {
  updatedAt: string;
}

/** What is copied of the directory's account (its `id` is the account's `sub`). */
export type ProfileFields = Omit<AccountRecord, "confirmed">;

export interface ProfileStore {
  get(userId: string): Promise<ProfileRecord | undefined>;
  /** Writes the profile; an existing one keeps its `createdAt`. */
  save(profile: ProfileFields): Promise<ProfileRecord>;
  /** Changes name/phone of an existing profile (null removes the phone); undefined when there is none. */
  update(userId: string, changes: { name?: string; phone?: string | null }): Promise<ProfileRecord | undefined>;
  /** Forgets the profile (the account is gone); nothing happens when there is none. */
  remove(userId: string): Promise<void>;
}
