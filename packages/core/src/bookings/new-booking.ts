import type { SlotBookingContext } from "../events/records";
import { bookingIdOf } from "../ids";
import type { Locale } from "../users/locale";
import type { Answers } from "@slotbook/contract";
import type { BookingRecord } from "./records";

/**
 * A confirmed booking of a slot, from the slot's copy of its event (booked directly, or claimed from the
 * waitlist): what it copies of the event, and whether it counts against the event's per-fan limit.
 */
export function newBooking(
  slotId: string,
  slot: SlotBookingContext,
  fan: { id: string; username: string },
  details: { fanName: string; fanEmail: string; fanPhone: string | null; seats: number; answers?: Answers; accountEmail: string; accountLocale?: Locale; createdAt: string },
): BookingRecord {
  return {
    id: bookingIdOf(slotId, fan.id),
    slotId,
    eventId: slot.eventId,
    adminId: slot.adminId,
    adminUsername: slot.adminUsername,
    event: slot.event,
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
    fanId: fan.id,
    fanUsername: fan.username,
    ...details,
    ...(slot.maxBookingsPerFan !== null ? { limited: true } : {}),
    status: "confirmed",
    // The revision its copy of the event comes from: later changes send the fan invites above it.
    eventRevision: slot.eventRevision,
  };
}
