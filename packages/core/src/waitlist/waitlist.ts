import { checkAnswers } from "../bookings/answers";
import { bookingView, type Fan } from "../bookings/bookings";
import { newBooking } from "../bookings/new-booking";
import { DomainError } from "../errors";
import type { EventStore } from "../events/event-store";
import type { Organiser } from "../events/events";
import { freeSeats } from "../events/records";
import { createWaitlistOffers } from "./offers";
import type { OfferWindowRule } from "./offer-window";
import { parseWaitlistId, waitlistIdOf, type WaitlistEntryRecord } from "./records";
import type { JoinWaitlistInput, WaitlistEntryView } from "@slotbook/contract";
import type { WaitlistStore } from "./waitlist-store";

/** How many slots one fan may wait for at once (their list shows each entry's live position). */
export const maxActiveEntriesPerFan = 10;

const active = (entry: WaitlistEntryRecord) => entry.status === "waiting" || entry.status === "offered";
const noSuchEntry = () => new DomainError("NOT_FOUND", "No such waitlist entry.");
const noSuchSlot = () => new DomainError("NOT_FOUND", "No such slot, or its event is not published.");

/** Where a fan stands: 1 for the next to be offered seats; 0 once not waiting. */
export function positionIn(entries: WaitlistEntryRecord[], entry: WaitlistEntryRecord): number {
  if (entry.status !== "waiting") return 0;
  return entries.filter((other) => other.status === "waiting" && (other.joinedAt < entry.joinedAt || (other.joinedAt === entry.joinedAt && other.id < entry.id))).length + 1;
}

export const waitlistEntryView = (entry: WaitlistEntryRecord, position: number): WaitlistEntryView => ({
  id: entry.id,
  slotId: entry.slotId,
  eventId: entry.eventId,
  seats: entry.seats,
  position,
  status: entry.status,
  offerExpiresAt: entry.status === "offered" ? entry.offerExpiresAt : null,
  createdAt: entry.joinedAt,
  event: entry.context.event,
  startsAt: entry.context.startsAt,
  endsAt: entry.context.endsAt,
});

/**
 * Waitlists: fans queue for a full slot; when seats free up, the longest-waiting fans whose party fits are
 * offered them, each offer holding its seats on the slot's counter (so a direct booking can't take them and
 * no more is offered than is free) until it is claimed or expires. No lock: every step is one conditional
 * write on the slot's own items.
 */
export function createWaitlist(store: WaitlistStore, events: Pick<EventStore, "get">, options: { now?: () => Date; offerWindows?: OfferWindowRule[] } = {}) {
  const now = options.now ?? (() => new Date());

  async function ownEntry(fan: Fan, entryId: string) {
    const ids = parseWaitlistId(entryId);
    if (!ids || ids.fanId !== fan.id) throw noSuchEntry();
    const entry = await store.get(ids.slotId, ids.fanId);
    if (!entry) throw noSuchEntry();
    return entry;
  }

  const waitlist = {
    async join(fan: Fan, input: JoinWaitlistInput): Promise<WaitlistEntryView> {
      const { counter, booking, entry, profile } = await store.readSlotForFan(input.slotId, fan.id);
      const slot = counter?.context;
      if (!counter || !counter.bookable || !slot) throw noSuchSlot();
      if (entry && active(entry)) return waitlistEntryView(entry, positionIn(await store.listBySlot(input.slotId), entry));
      const at = now();
      if (Date.parse(slot.startsAt) <= at.getTime()) throw new DomainError("SLOT_IN_PAST", "This slot has already started.");
      if (slot.bookingClosesAt && Date.parse(slot.bookingClosesAt) <= at.getTime()) throw new DomainError("BOOKING_CLOSED", "Booking for this event has closed.");
      if (slot.bookingOpensAt && Date.parse(slot.bookingOpensAt) > at.getTime()) {
        throw new DomainError("NOT_OPEN_YET", "Booking for this event has not opened yet.", { details: [{ path: "opensAt", message: slot.bookingOpensAt }] });
      }
      if (!slot.waitlist) throw new DomainError("CONFLICT", "This event keeps no waitlist.");
      if (input.seats > slot.maxPartySize) {
        throw new DomainError("VALIDATION_FAILED", `A booking here takes at most ${slot.maxPartySize} seats.`, { details: [{ path: "seats", message: `At most ${slot.maxPartySize}.` }] });
      }
      const answers = checkAnswers(slot.questions ?? [], input.answers);
      if (booking) throw new DomainError("ALREADY_BOOKED", "You already hold a seat in this slot.");
      if (freeSeats(counter) >= input.seats) throw new DomainError("CONFLICT", "This slot has free seats: book one instead of waiting.");
      if (!profile) throw new DomainError("CONFLICT", "Your account's details are not set up yet. Open your account page once, then try again.");
      const record: WaitlistEntryRecord = {
        id: waitlistIdOf(input.slotId, fan.id),
        slotId: input.slotId,
        eventId: slot.eventId,
        fanId: fan.id,
        fanUsername: fan.username,
        fanName: profile.name,
        accountEmail: profile.email,
        accountLocale: profile.locale ?? "en",
        seats: input.seats,
        ...(Object.keys(answers).length > 0 ? { answers } : {}),
        status: "waiting",
        joinedAt: at.toISOString(),
        offeredAt: null,
        offerExpiresAt: null,
        context: slot,
      };
      const outcome = await store.join(record, maxActiveEntriesPerFan);
      if (outcome === "slot-gone") throw noSuchSlot();
      if (outcome === "too-many") throw new DomainError("LIMIT_REACHED", `You are already waiting for ${maxActiveEntriesPerFan} slots; leave one to join another.`);
      const entries = await store.listBySlot(input.slotId);
      const stored = entries.find((candidate) => candidate.id === record.id) ?? record;
      return waitlistEntryView(stored, positionIn(entries, stored));
    },

    async list(fan: Fan) {
      const entries = await store.listByFan(fan.id);
      const waitingSlots = [...new Set(entries.filter((entry) => entry.status === "waiting").map((entry) => entry.slotId))];
      const queues = new Map(await Promise.all(waitingSlots.map(async (slotId) => [slotId, await store.listBySlot(slotId)] as const)));
      return { items: entries.map((entry) => waitlistEntryView(entry, positionIn(queues.get(entry.slotId) ?? [], entry))) };
    },

    async leave(fan: Fan, entryId: string) {
      const entry = await ownEntry(fan, entryId);
      if (!active(entry)) throw noSuchEntry();
      if (!(await store.leave(entry))) throw new DomainError("CONFLICT", "Your place changed meanwhile. Reload and try again.");
    },

    /** The offered seats become the fan's booking, while the offer holds. */
    async claim(fan: Fan, entryId: string) {
      const entry = await ownEntry(fan, entryId);
      const at = now();
      if (entry.status === "expired" || (entry.status === "offered" && entry.offerExpiresAt && Date.parse(entry.offerExpiresAt) <= at.getTime())) {
        throw new DomainError("OFFER_EXPIRED", "This offer has expired; the seats went to the next fan.");
      }
      if (entry.status !== "offered") throw new DomainError("NOT_ON_WAITLIST", "There is no offer to claim on this entry.");
      const slot = entry.context;
      const booking = newBooking(entry.slotId, slot, fan, {
        fanName: entry.fanName,
        fanEmail: entry.accountEmail,
        fanPhone: null,
        seats: entry.seats,
        // The answers given when joining, checked against the questions as they were then.
        ...(entry.answers ? { answers: entry.answers } : {}),
        accountEmail: entry.accountEmail,
        ...(entry.accountLocale ? { accountLocale: entry.accountLocale } : {}),
        createdAt: at.toISOString(),
      });
      const outcome = await store.claim(entry, booking, slot.maxBookingsPerFan, at.toISOString());
      switch (outcome) {
        case "claimed":
          return bookingView(booking);
        case "expired":
          throw new DomainError("OFFER_EXPIRED", "This offer has expired; the seats went to the next fan.");
        case "already-booked":
          throw new DomainError("ALREADY_BOOKED", "You already hold a seat in this slot.");
        case "limit-reached":
          throw new DomainError("LIMIT_REACHED", `You already hold the most slots of this event one fan may (${slot.maxBookingsPerFan}). Cancel one to claim this.`);
        case "slot-gone":
          throw noSuchSlot();
      }
    },

    // Offering freed seats and expiring offers (the notifier's and the sweep's part, in offers.ts).
    ...createWaitlistOffers(store, options),

    /** The organiser's view: each slot's queue, in order, with live offers. */
    async ofEvent(admin: Organiser, eventId: string) {
      const event = await events.get(eventId);
      if (!event || event.adminId !== admin.id || event.deletedAt) throw new DomainError("NOT_FOUND", "No such event.");
      const queues = await Promise.all(event.slots.map(async (slot) => [slot, await store.listBySlot(slot.id)] as const));
      return {
        items: queues.map(([slot, entries]) => ({
          slotId: slot.id,
          startsAt: slot.startsAt,
          entries: entries
            .filter(active)
            .map((entry) => ({ id: entry.id, fanName: entry.fanName, seats: entry.seats, status: entry.status, position: positionIn(entries, entry), offerExpiresAt: entry.offerExpiresAt, createdAt: entry.joinedAt })),
        })),
      };
    },
  };
  return waitlist;
}

export type Waitlist = ReturnType<typeof createWaitlist>;
