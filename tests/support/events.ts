import { request } from "./http";

/** A calendar date `days` from today (UTC), YYYY-MM-DD. */
export const dateFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

export interface SlotInput {
  startTime: string;
  endTime: string;
  capacity?: number;
}

export const eventInput = (overrides: Record<string, unknown> = {}) => ({
  title: "Signing session",
  description: "Meet the band after the show.",
  date: dateFromToday(30),
  timezone: "Europe/Berlin",
  slots: [
    { startTime: "10:00", endTime: "10:30", capacity: 2 },
    { startTime: "10:30", endTime: "11:00", capacity: 1 },
  ],
  ...overrides,
});

/** Creates an event as `adminToken` and, unless told otherwise, publishes it. */
export async function createEvent(adminToken: string, overrides: Record<string, unknown> = {}, publish = true) {
  const created = await request("POST", "/api/events", { token: adminToken, body: eventInput(overrides) });
  if (created.status !== 201) throw new Error(`create failed: ${created.status} ${JSON.stringify(created.body)}`);
  if (!publish) return created.body;
  const published = await request("POST", `/api/events/${created.body.id}/publish`, { token: adminToken });
  if (published.status !== 200) throw new Error(`publish failed: ${published.status} ${JSON.stringify(published.body)}`);
  return published.body;
}

export const book = (fanToken: string, slotId: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  request("POST", "/api/bookings", { token: fanToken, body: { slotId, ...extra }, headers });
