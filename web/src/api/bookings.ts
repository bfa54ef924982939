import type { Answers, BookingView } from "@slotbook/contract";
import * as apiPaths from "@slotbook/contract/api-paths";
import { apiPath } from "@slotbook/contract/api-path";
import { authed } from "./authed";

/**
 * Books seats, with the answers to the event's questions (none: not sent). The key makes a retried request (a
 * flaky network, a double click) return the same booking.
 */
export const createBooking = (slotId: string, idempotencyKey: string, seats = 1, answers?: Answers) =>
  authed<BookingView>(apiPaths.bookings, { method: "POST", body: { slotId, seats, ...(answers ? { answers } : {}) }, headers: { "Idempotency-Key": idempotencyKey } });
export const getBooking = (id: string) => authed<BookingView>(apiPath(apiPaths.booking, id));
export const listMyBookings = () => authed<{ items: BookingView[] }>(apiPaths.bookings);
export const cancelBooking = (id: string) => authed<void>(apiPath(apiPaths.booking, id), { method: "DELETE" });
/** Moves the booking to another slot of its event (one atomic step); the answer is the booking there, with a new id. */
export const moveBooking = (id: string, slotId: string) => authed<BookingView>(apiPath(apiPaths.bookingMove, id), { method: "POST", body: { slotId } });
/** The booking as an iCalendar file (text/calendar). */
export const bookingCalendar = (id: string) => authed<string>(apiPath(apiPaths.bookingCalendar, id), { headers: { accept: "text/calendar" } });
