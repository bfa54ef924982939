import { eventPage } from "@slotbook/contract";
import { eventIdOfSlot, parseBookingId } from "../ids";
import { withEventDetails } from "../notifications/booking-details";
import { calendarInvite } from "../notifications/calendar-invite";
import type { ProfileStore } from "../users/profile-store";
import type { BookingStore } from "./booking-store";
import { noSuchBooking, type Fan } from "./bookings";

/**
 * A fan's booking as the same calendar invite its confirmation email carries. Apart from the other booking
 * operations (bookings.ts): only this route and the notifier need the invite builder (ical-generator).
 */
export function createBookingCalendar(store: Pick<BookingStore, "readWithEvent">, profiles: Pick<ProfileStore, "get">) {
  return {
    async calendar(fan: Fan, bookingId: string, site: { siteUrl: string; sender: string }): Promise<string> {
      const ids = parseBookingId(bookingId);
      if (!ids || ids.fanId !== fan.id) throw noSuchBooking();
      const eventId = eventIdOfSlot(ids.slotId);
      const { booking: record, event } = eventId ? await store.readWithEvent(ids.slotId, ids.fanId, eventId) : {};
      if (!record) throw noSuchBooking();
      const organiser = await profiles.get(record.adminId);
      return calendarInvite({
        // With the event's latest details, should it have changed since the booking's copy was made.
        booking: withEventDetails(record, event),
        description: event?.description ?? "",
        organizer: organiser ? { name: organiser.name || "The organiser", email: organiser.email } : { name: "Slotbook", email: site.sender },
        pageUrl: `${site.siteUrl.replace(/\/$/, "")}${eventPage(record.event.slug)}`,
        kind: "request",
      });
    },
  };
}

export type BookingCalendar = ReturnType<typeof createBookingCalendar>;
