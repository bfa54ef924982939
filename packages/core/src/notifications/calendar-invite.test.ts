import ICAL from "ical.js";
import { afterEach, describe, expect, it } from "vitest";
import { parseInvite } from "../../../../tests/support/python-validators";
import type { BookingRecord } from "../bookings/records";
import { testBooking } from "../bookings/test-booking";
import { calendarInvite } from "./calendar-invite";

const bookingIn = (timezone: string, extra: Partial<BookingRecord> = {}): BookingRecord =>
  testBooking({ event: { title: "Signing", slug: "signing", date: "2026-12-05", timezone }, ...extra });
const invite = (booking: BookingRecord, kind: "request" | "cancel" = "request") =>
  calendarInvite({ booking, description: "Bring a pen.", organizer: { name: "Olga", email: "olga@example.com" }, pageUrl: "https://slotbook.example/e/signing", kind });

/** ical.js, a second parser: the instant it reads, with the invite's own VTIMEZONEs registered. */
function icalJs(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  const event = new ICAL.Event(calendar.getFirstSubcomponent("vevent")!);
  return { start: event.startDate.toJSDate().toISOString(), zone: event.startDate.zone?.tzid };
}

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe("calendar invites", () => {
  it("write a UTC event in UTC (…Z) with no VTIMEZONE", () => {
    for (const zone of ["UTC", "utc", "Etc/UTC"]) {
      const text = invite(bookingIn(zone));
      expect(text).toContain("DTSTART:20261205T140000Z");
      expect(text).toContain("DTEND:20261205T143000Z");
      expect(text).not.toContain("VTIMEZONE");
      const parsed = parseInvite(text);
      expect(parsed.events[0]).toMatchObject({ start: "2026-12-05T14:00:00+00:00", startUtc: true });
      expect(icalJs(text).start).toBe("2026-12-05T14:00:00.000Z");
    }
  });

  it("reference exactly the VTIMEZONE they include, under the zone's canonical name", () => {
    for (const [stored, canonical] of [
      ["Asia/Calcutta", "Asia/Kolkata"],
      ["US/Pacific", "America/Los_Angeles"],
      ["EST5EDT", "America/New_York"],
      ["europe/berlin", "Europe/Berlin"],
      ["Europe/Oslo", "Europe/Oslo"],
      ["Asia/Kolkata", "Asia/Kolkata"],
    ]) {
      const text = invite(bookingIn(stored!));
      const parsed = parseInvite(text);
      expect(parsed.timezones, stored).toEqual([canonical]);
      expect(parsed.events[0]!.startTzid, stored).toBe(canonical);
      expect(parsed.events[0]!.start, stored).toBe("2026-12-05T14:00:00+00:00");
      expect(text, stored).toContain(`DTSTART;TZID=${canonical}:`);
      expect(icalJs(text), stored).toEqual({ start: "2026-12-05T14:00:00.000Z", zone: canonical });
    }
  });

  it("stamp DTSTAMP in UTC whatever the process's own zone, and carry no non-standard properties", () => {
    process.env.TZ = "America/New_York";
    for (const zone of ["Europe/Berlin", "UTC"]) {
      const text = invite(bookingIn(zone));
      expect(text).toMatch(/^DTSTAMP:\d{8}T\d{6}Z\r$/m);
      const parsed = parseInvite(text);
      expect(parsed.events[0]!.stampUtc).toBe(true);
      expect(parsed.unknownProperties).toEqual([]);
      expect(text).not.toContain("TIMEZONE-ID");
      expect(text).not.toContain("X-WR-TIMEZONE");
    }
  });

  it("refuse to write an invite at all for a record whose zone is not a time zone (rather than one at a wrong time)", () => {
    expect(() => invite(bookingIn("Mars/Olympus_Mons"))).toThrow(/Not an IANA time zone/);
  });

  it("invite the fan's account email, never the contact email they typed", () => {
    const parsed = parseInvite(invite(bookingIn("Europe/Berlin")));
    expect(parsed.events[0]!.attendees.map((address) => address.toLowerCase())).toEqual(["mailto:zoe@example.com"]);
    const { accountEmail: _missing, ...old } = bookingIn("Europe/Berlin");
    expect(parseInvite(invite(old as BookingRecord)).events[0]!.attendees).toEqual([]);
  });

  it("put the venue in LOCATION and the online link in URL, falling back to the event's page (read by both parsers)", () => {
    const at = (location: BookingRecord["event"]["location"]) => {
      const text = invite(bookingIn("Europe/Berlin", { event: { title: "Signing", slug: "signing", date: "2026-12-05", timezone: "Europe/Berlin", ...(location ? { location } : {}) } }));
      const python = parseInvite(text).events[0]!;
      const second = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent("vevent")!);
      expect(second.location).toBe(python.location);
      return { location: python.location, url: python.url };
    };
    const page = "https://slotbook.example/e/signing";
    expect(at({ name: "Blue Room; upstairs", address: "Main St 1, 10115 Berlin", url: "https://meet.example/abc?x=1&y=2" })).toEqual({
      location: "Blue Room; upstairs, Main St 1, 10115 Berlin",
      url: "https://meet.example/abc?x=1&y=2",
    });
    expect(at({ address: "Main St 1, Berlin" })).toEqual({ location: "Main St 1, Berlin", url: page });
    expect(at({ url: "https://stream.example/live" })).toEqual({ location: "https://stream.example/live", url: "https://stream.example/live" });
    expect(at(undefined)).toEqual({ location: page, url: page });
  });

  it("number SEQUENCE by the event's revision: an update supersedes the first invite, a cancellation supersedes both", () => {
    const first = parseInvite(invite(bookingIn("Europe/Berlin"))).events[0]!;
    const updated = parseInvite(invite(bookingIn("Europe/Berlin", { eventRevision: 2, event: { title: "Signing, moved", slug: "signing", date: "2026-12-05", timezone: "Europe/Berlin" } }))).events[0]!;
    const cancelled = parseInvite(invite(bookingIn("Europe/Berlin", { eventRevision: 2 }), "cancel")).events[0]!;
    expect(updated.uid).toBe(first.uid);
    expect(cancelled.uid).toBe(first.uid);
    expect(first.sequence).toBe(0);
    expect(updated.sequence).toBe(2);
    expect(updated.summary).toBe("Signing, moved");
    expect(cancelled.sequence).toBeGreaterThan(updated.sequence);
    expect(cancelled.status).toBe("CANCELLED");
  });
});
