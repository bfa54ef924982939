import { ICalCalendar, ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { DateTime } from "luxon";
import { tzlib_get_ical_block } from "timezones-ical-library";
import type { BookingRecord } from "../bookings/records";

export interface Person {
  name: string;
  email: string;
}

/** One UID per booking (a fan re-booking the same slot later is a new booking, with a new UID). */
export const inviteUid = (booking: Pick<BookingRecord, "id" | "createdAt">) => `${booking.id}.${Date.parse(booking.createdAt)}@slotbook`;

/**
 * The booking as an iCalendar invite (ical-generator), in the event's own time zone with its VTIMEZONE.
 * A cancellation is METHOD:CANCEL with the same UID and a higher SEQUENCE, so calendars remove the entry.
 */
export function calendarInvite(input: {
  booking: BookingRecord;
  description: string;
  organizer: Person;
  pageUrl: string;
  kind: "request" | "cancel";
}): string {
  const { booking } = input;
  const calendar = new ICalCalendar({
    prodId: { company: "Slotbook", product: "Slotbook", language: "EN" },
    method: input.kind === "request" ? ICalCalendarMethod.REQUEST : ICalCalendarMethod.CANCEL,
  });
  calendar.timezone({ name: booking.event.timezone, generator: (zone) => tzlib_get_ical_block(zone)[0] ?? null });
  calendar.createEvent({
    id: inviteUid(booking),
    sequence: input.kind === "request" ? 0 : 1,
    status: input.kind === "request" ? ICalEventStatus.CONFIRMED : ICalEventStatus.CANCELLED,
    // Luxon times in the event's zone: ical-generator then writes local times under that TZID.
    start: DateTime.fromISO(booking.startsAt).setZone(booking.event.timezone),
    end: DateTime.fromISO(booking.endsAt).setZone(booking.event.timezone),
    timezone: booking.event.timezone,
    stamp: new Date(),
    summary: booking.event.title,
    description: input.description,
    location: input.pageUrl,
    url: input.pageUrl,
    organizer: input.organizer,
    attendees: [{ name: booking.fanName, email: booking.fanEmail, rsvp: false }],
  });
  return calendar.toString();
}
