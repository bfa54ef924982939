import { TZDate } from "@date-fns/tz";
import { ICalCalendar, ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { tzlib_get_ical_block } from "timezones-ical-library";
import { inviteSequence, inviteUid } from "../bookings/invite-identity";
import type { BookingRecord } from "../bookings/records";
import { placeText } from "../events/location";
import { canonicalTimeZone } from "../events/time";

export interface Person {
  name: string;
  email: string;
}

// Which calendar entry an invite updates (a moved booking keeps its first UID): bookings/invite-identity.ts.
export { inviteSequence, inviteUid };

/** The booking's zone by its canonical name; a record whose zone is none can have no right invite or email. */
export function zoneOf(booking: Pick<BookingRecord, "event">): string {
  const zone = canonicalTimeZone(booking.event.timezone);
  if (!zone) throw new RangeError(`Not an IANA time zone: ${JSON.stringify(booking.event.timezone)}`);
  return zone;
}

/**
 * The zone's VTIMEZONE (timezones-ical-library), under exactly the TZID the event's times reference. The
 * library serves a linked zone's rules under the link's target (Europe/Oslo → Europe/Berlin, identical rules
 * since 1970 by the definition of a link): the block is relabelled, as TZID is only a label in RFC 5545.
 */
function vtimezone(zone: string): string | null {
  const block = tzlib_get_ical_block(zone)[0];
  if (!block) return null;
  return block.replace(/^TZID:.*$/m, `TZID:${zone}`).replace(/^X-LIC-LOCATION:.*$/m, `X-LIC-LOCATION:${zone}`);
}

/**
 * The booking as an iCalendar invite (ical-generator). A UTC event is written in UTC (`…Z`) with no
 * VTIMEZONE; any other in the event's own (canonical) zone, with that zone's VTIMEZONE. DTSTAMP is always
 * UTC. A cancellation is METHOD:CANCEL with the same UID and a higher SEQUENCE, so calendars remove the entry.
 */
export function calendarInvite(input: {
  booking: BookingRecord;
  description: string;
  organizer: Person;
  pageUrl: string;
  kind: "request" | "cancel";
  /** Defaults to the current time. */
  stamp?: Date;
}): string {
  const { booking } = input;
  // Records stored before zones were canonicalised may still say Asia/Calcutta, utc, europe/berlin…
  const zone = zoneOf(booking);
  const utc = zone === "UTC";
  const calendar = new ICalCalendar({
    prodId: { company: "Slotbook", product: "Slotbook", language: "EN" },
    method: input.kind === "request" ? ICalCalendarMethod.REQUEST : ICalCalendarMethod.CANCEL,
    // No calendar-wide zone name: ical-generator would then write DTSTAMP as a local time without `Z` and add
    // the non-standard TIMEZONE-ID and X-WR-TIMEZONE. Only the VTIMEZONE generator is wanted.
    timezone: { name: null, generator: vtimezone },
  });
  calendar.createEvent({
    id: inviteUid(booking),
    sequence: inviteSequence(booking, input.kind),
    status: input.kind === "request" ? ICalEventStatus.CONFIRMED : ICalEventStatus.CANCELLED,
    // Dates whose fields read in the event's zone (@date-fns/tz): ical-generator writes their wall times under
    // that TZID. UTC: plain instants, `…Z`.
    start: utc ? new Date(booking.startsAt) : new TZDate(booking.startsAt, zone),
    end: utc ? new Date(booking.endsAt) : new TZDate(booking.endsAt, zone),
    timezone: utc ? null : zone,
    stamp: input.stamp ?? new Date(),
    summary: booking.event.title,
    description: input.description,
    // The venue, else the online link, else the event's page; URL: the online link, else the event's page.
    location: placeText(booking.event.location) || booking.event.location?.url || input.pageUrl,
    url: booking.event.location?.url || input.pageUrl,
    organizer: input.organizer,
    // Only the fan account's verified address: the contact email the fan typed is for the organiser.
    attendees: booking.accountEmail ? [{ name: booking.fanName, email: booking.accountEmail, rsvp: false }] : [],
  });
  return calendar.toString();
}
