import type { EventRecord } from "./records";

/**
 * A published event for the core's unit tests: Olga's signing in Berlin, slots A (14:00 UTC) and B (15:00
 * UTC) of 5 places; `extra` changes any of it.
 */
export const testEvent = (extra: Partial<EventRecord> = {}): EventRecord => ({
  id: "event1",
  adminId: "admin1",
  adminUsername: "olga",
  title: "Signing",
  description: "Bring a pen.",
  date: "2026-12-05",
  timezone: "Europe/Berlin",
  slots: [
    { id: "slotA", startTime: "15:00", endTime: "15:30", startsAt: "2026-12-05T14:00:00.000Z", endsAt: "2026-12-05T14:30:00.000Z", capacity: 5 },
    { id: "slotB", startTime: "16:00", endTime: "16:30", startsAt: "2026-12-05T15:00:00.000Z", endsAt: "2026-12-05T15:30:00.000Z", capacity: 5 },
  ],
  slug: "signing",
  isPublished: true,
  publishedAt: "2026-11-01T09:00:00.000Z",
  createdAt: "2026-11-01T08:00:00.000Z",
  updatedAt: "2026-11-01T09:00:00.000Z",
  version: 2,
  ...extra,
});
