import { DomainError } from "../errors";
import type { ProfileRecord } from "./profile-store";

/** The number an account's text messages go to: its phone, only while that very number is the one opted in. */
export const smsNumberOf = (profile: Pick<ProfileRecord, "phone" | "smsOptInPhone"> | undefined): string | undefined =>
  profile?.phone && profile.smsOptInPhone === profile.phone ? profile.phone : undefined;

/** Opting in to SMS without a phone number on the profile. */
export const smsNeedsPhone = () => {
  const message = "Add a phone number to get text messages.";
  return new DomainError("VALIDATION_FAILED", message, { details: [{ path: "smsOptIn", message }] });
};
