import type { BookingView, CreateEventBody, EventView, Page, UpdateEventBody } from "@slotbook/contract";
import * as apiPaths from "@slotbook/contract/api-paths";
import { apiPath } from "@slotbook/contract/api-path";
import { authed } from "./authed";

export const listMyEvents = (cursor?: string) => authed<Page<EventView>>(apiPath(apiPaths.events, { cursor }));
export const getEvent = (id: string) => authed<EventView>(apiPath(apiPaths.event, id));
export const createEvent = (input: CreateEventBody) => authed<EventView>(apiPaths.events, { method: "POST", body: input });
export const updateEvent = (id: string, input: UpdateEventBody) => authed<EventView>(apiPath(apiPaths.event, id), { method: "PUT", body: input });
export const deleteEvent = (id: string) => authed<void>(apiPath(apiPaths.event, id), { method: "DELETE" });
export const publishEvent = (id: string) => authed<EventView>(apiPath(apiPaths.eventPublish, id), { method: "POST" });
export const listEventBookings = (id: string) => authed<{ items: BookingView[] }>(apiPath(apiPaths.eventBookings, id));
/** Marks a booking arrived; again, it stays as it was (the first arrival time). */
export const checkInBooking = (eventId: string, bookingId: string) =>
  authed<BookingView>(apiPath(apiPaths.eventBookingCheckIn, eventId, bookingId), { method: "POST" });
export const cancelEventBooking = (eventId: string, bookingId: string) =>
  authed<void>(apiPath(apiPaths.eventBooking, eventId, bookingId), { method: "DELETE" });
