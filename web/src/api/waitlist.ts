import type { Answers, BookingView, SlotWaitlistView, WaitlistEntryView } from "@slotbook/contract";
import * as apiPaths from "@slotbook/contract/api-paths";
import { apiPath } from "@slotbook/contract/api-path";
import { authed } from "./authed";

/**
 * Queues for a full slot (joining twice answers the same entry, with its live position). The answers to the
 * event's questions are checked now and become the booking's when an offer is claimed.
 */
export const joinWaitlist = (slotId: string, seats: number, answers?: Answers) =>
  authed<WaitlistEntryView>(apiPaths.waitlist, { method: "POST", body: { slotId, seats, ...(answers ? { answers } : {}) } });
/** The fan's entries: live positions, and offers with their expiry. */
export const listMyWaitlist = () => authed<{ items: WaitlistEntryView[] }>(apiPaths.waitlist);
export const leaveWaitlist = (id: string) => authed<void>(apiPath(apiPaths.waitlistEntry, id), { method: "DELETE" });
/** The offered seats become a booking while the offer holds (after: 409 OFFER_EXPIRED). */
export const claimOffer = (id: string) => authed<BookingView>(apiPath(apiPaths.waitlistClaim, id), { method: "POST" });
/** The organiser's view: each slot's queue, in order, with live offers. */
export const getEventWaitlist = (eventId: string) => authed<{ items: SlotWaitlistView[] }>(apiPath(apiPaths.eventWaitlist, eventId));
