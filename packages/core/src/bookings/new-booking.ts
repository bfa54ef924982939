import type { SlotBookingContext } from "../events/records";
import { bookingIdOf } from "../ids";
import type { Locale } from "../users/locale";
import type { Answers } from "@slotbook/contract";
import type { BookingRecord } from "./records";

/** What a booking copies of its slot's event (the slot's booking context): its key fields, times and revision. */
export const slotCopy = (slotId: string, fanId: string, slot: SlotBookingContext) => ({
  id: bookingIdOf(slotId, fanId),
  slotId,
  eventId: slot.eventId,
  adminId: slot.adminId,
  adminUsername: slot.adminUsername,
  event: slot.event,
  startsAt: slot.startsAt,
  endsAt: slot.endsAt,
  // The revision its copy of the event comes from: later changes send the fan invites above it.
  eventRevision: slot.eventRevision,
});

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
    ...slotCopy(slotId, fan.id, slot),
    fanId: fan.id,
    fanUsername: fan.username,
    ...details,
    ...(slot.maxBookingsPerFan !== null ? { limited: true } : {}),
    status: "confirmed",
  };
}
