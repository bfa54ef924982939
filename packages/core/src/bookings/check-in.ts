import { DomainError } from "../errors";
import type { EventStore } from "../events/event-store";
import type { Organiser } from "../events/events";
import { eventIdOfSlot, parseBookingId } from "../ids";
import { bookingView, noSuchBooking } from "./bookings";
import type { BookingRecord } from "./records";

/** The port for marking arrivals: one conditional write on the booking's own item. */
export interface CheckInStore {
  /** Sets the booking's arrival time unless it has one; the booking as it now is, or undefined if there is none. */
  checkIn(slotId: string, fanId: string, at: string): Promise<BookingRecord | undefined>;
}

/**
 * Check-in at the door: the organiser marks a booking of their own event as arrived. Marking it again
 * changes nothing (the first arrival time stands), so a double scan or a retry is harmless.
 */
export function createCheckIns(store: CheckInStore, events: Pick<EventStore, "get">, options: { now?: () => Date } = {}) {
  const now = options.now ?? (() => new Date());
  return {
    async checkIn(admin: Organiser, eventId: string, bookingId: string) {
      const ids = parseBookingId(bookingId);
      if (!ids || eventIdOfSlot(ids.slotId) !== eventId) throw noSuchBooking();
      const event = await events.get(eventId);
      if (!event || event.adminId !== admin.id || event.deletedAt) throw new DomainError("NOT_FOUND", "No such event.");
      const booking = await store.checkIn(ids.slotId, ids.fanId, now().toISOString());
      if (!booking) throw noSuchBooking();
      return bookingView(booking);
    },
  };
}

export type CheckIns = ReturnType<typeof createCheckIns>;
