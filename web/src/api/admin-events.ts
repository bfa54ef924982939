import { authed } from "./authed";
import type { AdminEvent, Booking, EventInput, Page } from "./types";

const path = (id: string) => `/api/events/${encodeURIComponent(id)}`;

export const listMyEvents = (cursor?: string) => authed<Page<AdminEvent>>(`/api/events${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ""}`);
export const getEvent = (id: string) => authed<AdminEvent>(path(id));
export const createEvent = (input: EventInput) => authed<AdminEvent>("/api/events", { method: "POST", body: input });
export const updateEvent = (id: string, input: EventInput) => authed<AdminEvent>(path(id), { method: "PUT", body: input });
export const deleteEvent = (id: string) => authed<void>(path(id), { method: "DELETE" });
export const publishEvent = (id: string) => authed<AdminEvent>(`${path(id)}/publish`, { method: "POST" });
export const listEventBookings = (id: string) => authed<{ items: Booking[] }>(`${path(id)}/bookings`);
/** Marks a booking arrived; again, it stays as it was (the first arrival time). */
export const checkInBooking = (eventId: string, bookingId: string) =>
  authed<Booking>(`${path(eventId)}/bookings/${encodeURIComponent(bookingId)}/check-in`, { method: "POST" });
export const cancelEventBooking = (eventId: string, bookingId: string) =>
  authed<void>(`${path(eventId)}/bookings/${encodeURIComponent(bookingId)}`, { method: "DELETE" });
