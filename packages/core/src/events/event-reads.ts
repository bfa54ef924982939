import { DomainError } from "../errors";
import type { EventStore } from "./event-store";
import type { EventRecord, SlotDefinition } from "./records";
import { eventView, publicEventSummary, publicEventView, publicSlotView } from "./views";

export interface Organiser {
  id: string;
  username: string;
}

export const eventNotFound = () => new DomainError("NOT_FOUND", "No such event.");
const publicNotFound = () => new DomainError("NOT_FOUND", "No published event at this address.");
/** Events last at most one calendar day (25 h on a DST day), so anything that started earlier has ended. */
const longestEventMs = 25 * 3600_000;

/** The admin's own event (not one being deleted), or NOT_FOUND. */
export async function ownEvent(store: Pick<EventStore, "get">, admin: Organiser, eventId: string): Promise<EventRecord> {
  const event = await store.get(eventId);
  if (!event || event.adminId !== admin.id || event.deletedAt) throw eventNotFound();
  return event;
}

/**
 * The live counts of some slots, read by key: the store pages lists so that several events carry at most
 * 100 slots (one BatchGetItem); a page of one bigger event takes two.
 */
export const liveCounts = (store: Pick<EventStore, "countersOfSlots">, items: Array<{ slots: SlotDefinition[] }>) =>
  store.countersOfSlots(items.flatMap((item) => item.slots.map((slot) => slot.id)));

/**
 * Reading events: an admin's own, and what anyone sees of published ones. Apart from the writes
 * (event-writes.ts) so that a route that only reads carries no schedule planning, time-zone arithmetic or
 * slug making. No HTTP, no DynamoDB here.
 */
export function createEventReads(store: EventStore, options: { now?: () => Date } = {}) {
  const now = options.now ?? (() => new Date());
  return {
    async list(admin: Organiser, limit: number, cursor?: string) {
      const page = await store.listByAdmin(admin.id, limit, cursor);
      const counters = await liveCounts(store, page.items.map((event) => ({ eventId: event.id, slots: event.slots })));
      return { items: page.items.map((event) => eventView(event, counters)), ...(page.cursor ? { nextCursor: page.cursor } : {}) };
    },

    async get(admin: Organiser, eventId: string) {
      const event = await ownEvent(store, admin, eventId);
      return eventView(event, await liveCounts(store, [event]));
    },

    async listPublished(limit: number, cursor?: string) {
      const at = now();
      const page = await store.listPublished(new Date(at.getTime() - longestEventMs).toISOString(), limit, cursor);
      // Once its last slot has started, an event has nothing left for a fan to book: it leaves the list.
      const upcoming = page.items.filter((item) => item.slots.some((slot) => slot.startsAt > at.toISOString()));
      const counters = await liveCounts(store, upcoming);
      return { items: upcoming.map((item) => publicEventSummary(item, counters, at)), ...(page.cursor ? { nextCursor: page.cursor } : {}) };
    },

    async getPublic(slug: string) {
      const page = await store.getPublic(slug);
      if (!page) throw publicNotFound();
      return publicEventView(page, await liveCounts(store, [page]));
    },

    async getPublicSlots(slug: string) {
      const page = await store.getPublic(slug);
      if (!page) throw publicNotFound();
      const counters = await liveCounts(store, [page]);
      return { items: page.slots.map((slot) => publicSlotView(slot, counters.get(slot.id))) };
    },
  };
}

export type EventReads = ReturnType<typeof createEventReads>;
