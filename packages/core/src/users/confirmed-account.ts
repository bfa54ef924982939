import { localeOf } from "./locale";
import type { ProfileStore } from "./profile-store";

/** What the directory says of an account as it is confirmed (Cognito's post-confirmation trigger). */
export interface ConfirmedAccount {
  username: string;
  attributes: Record<string, string | undefined>;
}

/**
 * Copies a just-confirmed account into the profile store: its `sub`, verified email, name, phone and locale. A
 * password reset confirms again and refreshes the copy; the profile keeps its first `createdAt`.
 */
export async function copyConfirmedAccount(profiles: Pick<ProfileStore, "save">, account: ConfirmedAccount, now = new Date()) {
  const { sub, email, name, phone_number: phone, locale } = account.attributes;
  if (!sub || !email) throw new Error("A confirmed account without sub or email: nothing to copy.");
  return profiles.save({ id: sub, username: account.username, email: email.toLowerCase(), name: name || email, phone: phone || null, locale: localeOf(locale), createdAt: now.toISOString() });
}
