import type { SlotBookingContext } from "../events/records";
import type { Locale } from "../users/locale";
import type { Answers } from "@slotbook/contract";

/** A fan's seats in a slot, with its copy of the event as the slot's counter had it (SlotBookingContext). */
export interface BookingRecord extends Pick<SlotBookingContext, "eventId" | "adminId" | "adminUsername" | "event" | "startsAt" | "endsAt"> {
  id: string;
  slotId: string;
  fanId: string;
  fanUsername: string;
  fanName: string;
  /** Contact details the fan gave the organiser: shown to the organiser, never a delivery address. */
  fanEmail: string;
  fanPhone: string | null;
  /** Seats the booking takes (missing on bookings stored before parties: 1). */
  seats?: number;
  /** The fan's answers to the event's questions, by question id (missing: none). */
  answers?: Answers;
  /** Counted against the event's per-fan limit (a LIMIT item of the fan's), so a cancel gives it back. */
  limited?: boolean;
  /** The fan account's verified email: the only address booking emails ever go to. */
  accountEmail: string;
  /** The fan account's language when it booked, which its emails and texts are in (missing: English). */
  accountLocale?: Locale;
  /** Stored bookings are confirmed; "cancelled" describes one that is gone (an Idempotency-Key replay). */
  status: "confirmed" | "cancelled";
  createdAt: string;
  /** The event's revision that `event`, `startsAt` and `endsAt` were copied from (missing: 0). */
  eventRevision?: number;
  /** When the organiser checked the fan in at the door (missing: not yet). */
  checkedInAt?: string;
  /** Set on a booking the organiser cancelled, just before it is removed (for its emails). */
  cancelledBy?: "organiser";
  /** On a booking a move made: the booking it replaced (its emails then say "moved", not "booked"). */
  movedFrom?: MovedFrom;
  /** The UID of the fan's calendar entry when it is an earlier booking's (a move keeps the entry); else derived. */
  inviteUid?: string;
  /** Added to `eventRevision` for the invite's SEQUENCE: a move raises it, so the moved invite supersedes. */
  sequenceOffset?: number;
}

/** The booking a move replaced: which it was and when it was, for the "moved" emails. */
export interface MovedFrom {
  bookingId: string;
  slotId: string;
  startsAt: string;
  endsAt: string;
  createdAt: string;
}

export interface IdempotencyRecord {
  fanId: string;
  key: string;
  requestHash: string;
  booking: BookingRecord;
}
