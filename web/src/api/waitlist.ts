import { authed } from "./authed";
import type { Answers, Booking, SlotWaitlist, WaitlistEntry } from "./types";

const path = (id: string) => `/api/waitlist/${encodeURIComponent(id)}`;

/**
 * Queues for a full slot (joining twice answers the same entry, with its live position). The answers to the
 * event's questions are checked now and become the booking's when an offer is claimed.
 */
export const joinWaitlist = (slotId: string, seats: number, answers?: Answers) =>
  authed<WaitlistEntry>("/api/waitlist", { method: "POST", body: { slotId, seats, ...(answers ? { answers } : {}) } });
/** The fan's entries: live positions, and offers with their expiry. */
export const listMyWaitlist = () => authed<{ items: WaitlistEntry[] }>("/api/waitlist");
export const leaveWaitlist = (id: string) => authed<void>(path(id), { method: "DELETE" });
/** The offered seats become a booking while the offer holds (after: 409 OFFER_EXPIRED). */
export const claimOffer = (id: string) => authed<Booking>(`${path(id)}/claim`, { method: "POST" });
/** The organiser's view: each slot's queue, in order, with live offers. */
export const getEventWaitlist = (eventId: string) => authed<{ items: SlotWaitlist[] }>(`/api/events/${encodeURIComponent(eventId)}/waitlist`);
