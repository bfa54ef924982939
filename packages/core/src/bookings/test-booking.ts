import type { BookingRecord } from "./records";

/** A confirmed booking for the core's unit tests: Zoë's seat at a signing in Berlin; `extra` changes any of it. */
export const testBooking = (extra: Partial<BookingRecord> = {}): BookingRecord => ({
  id: "slot1.fan1",
  slotId: "slot1",
  eventId: "event1",
  adminId: "admin1",
  adminUsername: "admin1",
  event: { title: "Signing", slug: "signing", date: "2026-12-05", timezone: "Europe/Berlin" },
  startsAt: "2026-12-05T14:00:00.000Z",
  endsAt: "2026-12-05T14:30:00.000Z",
  fanId: "fan1",
  fanUsername: "fan1",
  fanName: "Zoë Fan",
  fanEmail: "typed-by-the-fan@example.org",
  fanPhone: null,
  accountEmail: "zoe@example.com",
  status: "confirmed",
  createdAt: "2026-11-01T10:00:00.000Z",
  ...extra,
});
