import type { BookingRecord } from "../bookings/records";
import type { EventRecord } from "../events/records";

/** What a booking copies from its event and slot, and what its invite shows. */
export type BookingDetails = Pick<BookingRecord, "event" | "startsAt" | "endsAt">;

const revisionOf = (event: Pick<EventRecord, "revision">) => event.revision ?? 0;

/** The booking's details as the event states them (undefined if its slot is not the event's any more). */
export function detailsFrom(event: EventRecord, booking: Pick<BookingRecord, "slotId" | "event">): BookingDetails | undefined {
  const slot = event.slots.find((candidate) => candidate.id === booking.slotId);
  if (!slot) return undefined;
  const { location: _copied, ...copy } = booking.event;
  return {
    event: { ...copy, title: event.title, date: event.date, timezone: event.timezone, slug: event.slug ?? booking.event.slug, ...(event.location ? { location: event.location } : {}) },
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
  };
}

/**
 * The booking with its event's current details when the event was changed after the booking copied them
 * (a booking's copy is brought up to date by the notifier, a moment after the change); otherwise as it is.
 */
export function withEventDetails(booking: BookingRecord, event: EventRecord | undefined): BookingRecord {
  if (!event || revisionOf(event) <= (booking.eventRevision ?? 0)) return booking;
  const details = detailsFrom(event, booking);
  return details ? { ...booking, ...details, eventRevision: revisionOf(event) } : booking;
}
