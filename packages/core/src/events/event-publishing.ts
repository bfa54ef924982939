import { DomainError } from "../errors";
import { liveCounts, ownEvent, type Organiser } from "./event-reads";
import type { EventStore } from "./event-store";
import type { EventRecord } from "./records";
import { makeSlug } from "./slug";
import { eventView, publicPageOf } from "./views";

/**
 * Publishing an event: its public address (a slug from its title), its public page and its slots opened for
 * booking. Apart from the other writes (event-writes.ts) because only its route needs the slug maker.
 */
export function createEventPublishing(store: EventStore, options: { now?: () => Date } = {}) {
  const now = options.now ?? (() => new Date());
  return {
    async publish(admin: Organiser, eventId: string) {
      const event = await ownEvent(store, admin, eventId);
      if (event.isPublished) {
        // Publishing again is harmless and finishes a publish that stopped before every slot was open.
        await store.openSlots(event);
        return eventView(event, await liveCounts(store, [event]));
      }
      for (let attempt = 0; attempt < 5; attempt += 1) {
        const slug = makeSlug(event.title);
        const at = now().toISOString();
        const published: EventRecord = { ...event, slug, isPublished: true, publishedAt: at, updatedAt: at, version: event.version + 1 };
        const outcome = await store.publish(published, event.version, publicPageOf(published, slug));
        if (outcome === "published") {
          await store.openSlots(published);
          return eventView(published, new Map()); // nobody can have booked it before now
        }
        if (outcome === "stale") throw new DomainError("CONFLICT", "The event changed meanwhile. Reload it and try again.");
      }
      throw new DomainError("UNAVAILABLE", "Could not find a free address for this event. Please try again.", { retryAfterSeconds: 1 });
    },
  };
}

export type EventPublishing = ReturnType<typeof createEventPublishing>;
