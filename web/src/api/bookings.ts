import { authed } from "./authed";
import type { Answers, Booking } from "./types";

const path = (id: string) => `/api/bookings/${encodeURIComponent(id)}`;

/**
 * Books seats, with the answers to the event's questions (none: not sent). The key makes a retried request (a
 * flaky network, a double click) return the same booking.
 */
export const createBooking = (slotId: string, idempotencyKey: string, seats = 1, answers?: Answers) =>
  authed<Booking>("/api/bookings", { method: "POST", body: { slotId, seats, ...(answers ? { answers } : {}) }, headers: { "Idempotency-Key": idempotencyKey } });
export const getBooking = (id: string) => authed<Booking>(path(id));
export const listMyBookings = () => authed<{ items: Booking[] }>("/api/bookings");
export const cancelBooking = (id: string) => authed<void>(path(id), { method: "DELETE" });
/** Moves the booking to another slot of its event (one atomic step); the answer is the booking there, with a new id. */
export const moveBooking = (id: string, slotId: string) => authed<Booking>(`${path(id)}/move`, { method: "POST", body: { slotId } });
/** The booking as an iCalendar file (text/calendar). */
export const bookingCalendar = (id: string) => authed<string>(`${path(id)}/calendar`, { headers: { accept: "text/calendar" } });
