/**
 * TEST SUPPORT ONLY. The EventStore port over the in-memory table, with the conditions of
 * adapters/dynamo/dynamo-event-store.ts: writes conditional on the version read, a slug claimed once, slot
 * changes refused when they would strand a booking, counters opened with the event's copy (never by an
 * older version, never on a removed slot). Reminder scheduling (openSlots' side job) is not modelled.
 */
import type { EventStore, Page, PublicEventRecord, SlotChange } from "../events/event-store";
import { bookingContextOf, slotDefinitionKey, type EventRecord, type SlotDefinition } from "../events/records";
import { copy, counterView, type MemoryTable, type StoredCounter } from "./memory-table";

/** The adapter's page budget: a list page's slots fit one counter read (100 keys), unless one event is bigger. */
const slotsPerPage = 100;

function paged<T extends { slots: unknown[] }>(sorted: Array<{ sort: string; item: T }>, limit: number, cursor?: string): Page<T> {
  const rest = cursor === undefined ? sorted : sorted.slice(sorted.findIndex((entry) => entry.sort === cursor) + 1);
  const kept: Array<{ sort: string; item: T }> = [];
  let slots = 0;
  for (const entry of rest.slice(0, limit)) {
    if (kept.length > 0 && slots + entry.item.slots.length > slotsPerPage) break;
    kept.push(entry);
    slots += entry.item.slots.length;
  }
  const more = rest.length > kept.length;
  return { items: kept.map((entry) => copy(entry.item)), ...(more ? { cursor: kept[kept.length - 1]!.sort } : {}) };
}

export function inMemoryEventStore(table: MemoryTable, options: { now?: () => Date } = {}): EventStore {
  const now = options.now ?? (() => new Date());

  /** A counter item, made by whichever write first needs it (counterUpsert). */
  const counterOf = (slot: SlotDefinition, eventId: string): StoredCounter =>
    table.counters.get(slot.id) ?? { slotId: slot.id, eventId, bookedCount: 0, heldCount: 0, waitingCount: 0, capacity: slot.capacity, bookable: false };

  /** Whether a slot change may be written: it must not strand a booked seat (counterChange's condition). */
  const changeAllowed = (change: SlotChange) => {
    const counter = table.counters.get(change.slot.id);
    if (!counter) return true;
    return change.kind === "resize" ? counter.bookedCount <= change.slot.capacity : counter.bookedCount === 0;
  };

  const applyChange = (change: SlotChange, eventId: string) => {
    const counter = counterOf(change.slot, eventId);
    if (change.kind === "remove") table.counters.set(change.slot.id, { ...counter, removed: true });
    else table.counters.set(change.slot.id, { ...counter, capacity: change.slot.capacity, definition: slotDefinitionKey(change.slot) });
  };

  return {
    async create(event) {
      if (table.events.has(event.id)) throw new Error(`ConditionalCheckFailed: event ${event.id} exists`);
      table.events.set(event.id, copy(event));
    },

    async get(eventId) {
      const event = table.events.get(eventId);
      return event ? copy(event) : undefined;
    },

    async countersOfSlots(slotIds) {
      const found = new Map<string, ReturnType<typeof counterView>>();
      for (const slotId of slotIds) {
        const counter = table.counters.get(slotId);
        if (counter) found.set(slotId, counterView(counter));
      }
      return found;
    },

    async openSlots(event) {
      const open = event.isPublished && Boolean(event.slug) && !event.deletedAt;
      for (const slot of event.slots) {
        const counter = counterOf(slot, event.id);
        // A later version already wrote this counter, or the slot was removed: nothing to do.
        if (counter.removed || (counter.copiedVersion !== undefined && counter.copiedVersion >= event.version)) continue;
        table.counters.set(slot.id, {
          ...counter,
          capacity: slot.capacity,
          definition: slotDefinitionKey(slot),
          bookable: open,
          context: bookingContextOf(event, slot),
          copiedVersion: event.version,
          vacated: true,
        });
      }
    },

    async listByAdmin(adminId, limit, cursor) {
      const own = [...table.events.values()]
        .filter((event) => event.adminId === adminId && !event.deletedAt)
        .map((event) => ({ sort: `${event.createdAt}#${event.id}`, item: event }))
        .sort((a, b) => b.sort.localeCompare(a.sort)); // newest first
      return paged(own, limit, cursor);
    },

    async update(event, previousVersion, changes, publicPage, options) {
      const stored = table.events.get(event.id);
      if (!stored || stored.version !== previousVersion || stored.deletedAt) return { ok: false, reason: "stale" };
      const refused = changes.find((change) => !changeAllowed(change));
      if (refused) return { ok: false, reason: "has-bookings", slotId: refused.slot.id };
      // The page is rewritten only where this event's page is (the adapter's `eventId = :eventId`).
      if (publicPage && table.pages.get(publicPage.slug)?.eventId !== event.id) return { ok: false, reason: "stale" };
      table.events.set(event.id, copy(event));
      table.revised.set(event.id, options?.revised === true);
      for (const change of changes) applyChange(change, event.id);
      if (publicPage) table.pages.set(publicPage.slug, copy(publicPage));
      return { ok: true };
    },

    async publish(event, previousVersion, publicPage) {
      const stored = table.events.get(event.id);
      if (!stored || stored.version !== previousVersion || stored.isPublished || stored.deletedAt) return "stale";
      // A slug is claimed once, for good: even a deleted event's page keeps its item.
      if (table.pages.has(publicPage.slug)) return "slug-taken";
      table.events.set(event.id, copy(event));
      table.revised.set(event.id, false);
      table.pages.set(publicPage.slug, copy(publicPage));
      return "published";
    },

    async getPublic(slug) {
      const page = table.pages.get(slug);
      if (!page || page.deleted) return undefined;
      const { deleted: _deleted, ...record } = copy(page);
      return record;
    },

    async listPublished(startingFrom, limit, cursor) {
      const listed = [...table.pages.values()]
        .filter((page): page is PublicEventRecord => !page.deleted)
        .map((page) => ({ sort: `${page.startsAt}#${page.eventId}`, item: page }))
        .filter((entry) => entry.sort >= startingFrom)
        .sort((a, b) => a.sort.localeCompare(b.sort));
      return paged(listed, limit, cursor);
    },

    async markDeleting(event) {
      const stored = table.events.get(event.id);
      if (!stored) throw new Error(`Could not mark event ${event.id} as deleting.`);
      table.events.set(event.id, { ...stored, deletedAt: now().toISOString() });
      if (event.slug) {
        const page = table.pages.get(event.slug);
        table.pages.set(event.slug, { ...(page ?? ({ slug: event.slug } as PublicEventRecord)), deleted: true });
      }
    },

    async purge(event) {
      let bookingsCancelled = 0;
      for (const slot of event.slots) {
        // Closed first (no booking commits after that), then each booking removed on its own, then the counter.
        table.counters.set(slot.id, { ...counterOf(slot, event.id), removed: true });
        for (const [key, booking] of table.bookings) {
          if (booking.slotId !== slot.id) continue;
          table.bookings.delete(key);
          table.stream.push({ kind: "removed", booking: copy(booking) });
          bookingsCancelled += 1;
        }
        table.counters.delete(slot.id);
      }
      table.events.delete(event.id);
      return { bookingsCancelled };
    },
  };
}
