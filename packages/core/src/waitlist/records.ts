import type { Answers, WaitlistStatus } from "@slotbook/contract";
import type { SlotBookingContext } from "../events/records";
import type { Locale } from "../users/locale";

/** A fan's place in a slot's waitlist, kept in the slot's own partition (SLOT#<slotId> / WAIT#<fanId>). */
export interface WaitlistEntryRecord {
  id: string;
  slotId: string;
  eventId: string;
  fanId: string;
  fanUsername: string;
  fanName: string;
  /** The verified email offers go to (never a typed contact address). */
  accountEmail: string;
  /** The account's language when it joined: the offer's (and the claimed booking's) emails are in it (missing: English). */
  accountLocale?: Locale;
  seats: number;
  /** The answers given when joining (checked then): claiming the offer books with them. Missing: none. */
  answers?: Answers;
  status: WaitlistStatus;
  joinedAt: string;
  offeredAt: string | null;
  offerExpiresAt: string | null;
  /** The slot's copy of its event when the fan joined (what the fan's list and the offer email show). */
  context: SlotBookingContext;
}

/** Waitlist ids name the slot and the fan, like booking ids, with a marker that keeps the two apart. */
export const waitlistIdOf = (slotId: string, fanId: string) => `${slotId}~w~${fanId}`;
export const parseWaitlistId = (id: string): { slotId: string; fanId: string } | undefined => {
  const at = id.lastIndexOf("~w~");
  if (at <= 0 || at + 3 >= id.length) return undefined;
  return { slotId: id.slice(0, at), fanId: id.slice(at + 3) };
};
