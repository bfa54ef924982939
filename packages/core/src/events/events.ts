import { createEventReads, type EventReads } from "./event-reads";
import { createEventPublishing, type EventPublishing } from "./event-publishing";
import { createEventRemoval, type EventRemoval } from "./event-removal";
import { createEventWrites, type EventWrites } from "./event-writes";
import type { EventStore } from "./event-store";

export type { Organiser } from "./event-reads";

/**
 * Events: what admins do with theirs, and what anyone sees of published ones: the reads (event-reads.ts) and
 * the writes (event-writes.ts, event-publishing.ts, event-removal.ts) in one object, for what uses both. A Lambda wires only the half its route
 * calls (packages/functions/src/services.ts), so a read carries none of what only writes need.
 */
export function createEvents(store: EventStore, options: { newEventId: () => string; now?: () => Date }): Events {
  return { ...createEventReads(store, options), ...createEventWrites(store, options), ...createEventPublishing(store, options), ...createEventRemoval(store) };
}

export type Events = EventReads & EventWrites & EventPublishing & EventRemoval;
