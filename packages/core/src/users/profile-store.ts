import type { AccountRecord } from "./identity-provider";
import type { Locale } from "./locale";

/**
 * An account's profile as the table keeps it: copied there when the account is confirmed or changed (a
 * Cognito post-confirmation trigger, `accounts.updateProfile`, `accounts.createConfirmed`), so hot routes
 * read it with the DynamoDB call they already make and never call Cognito (its quotas are small).
 * `email` is the verified sign-in address: the only address the system ever mails.
 */
export interface ProfileRecord extends ProfileFields {
  updatedAt: string;
  /**
   * The number the account holder opted in to text messages with. SMS go to `phone` only while it is this
   * very number: a changed phone is not opted in until its holder says so again.
   */
  smsOptInPhone?: string;
}

/** What a profile change may touch: the name, the phone (null removes it), the SMS opt-in and the locale. */
export interface ProfileChanges {
  name?: string;
  phone?: string | null;
  locale?: Locale;
  /** true: SMS to the phone (the one given with it, else the stored one, which must exist); false: none. */
  smsOptIn?: boolean;
}

/** What is copied of the directory's account (its `id` is the account's `sub`). */
export type ProfileFields = Omit<AccountRecord, "confirmed">;

export interface ProfileStore {
  get(userId: string): Promise<ProfileRecord | undefined>;
  /** Writes the profile; an existing one keeps its `createdAt`. */
  save(profile: ProfileFields): Promise<ProfileRecord>;
  /**
   * Changes an existing profile; undefined when there is none. Opting in without a phone (none given, none
   * stored) is refused: 400 on `smsOptIn`, nothing changed.
   */
  update(userId: string, changes: ProfileChanges): Promise<ProfileRecord | undefined>;
  /** Forgets the profile (the account is gone); nothing happens when there is none. */
  remove(userId: string): Promise<void>;
}
