import { eventNotFound, type Organiser } from "./event-reads";
import type { EventStore } from "./event-store";

/** Deleting an event: it is marked first, then its bookings are cancelled and its items removed. */
export function createEventRemoval(store: EventStore) {
  return {
    async remove(admin: Organiser, eventId: string) {
      const event = await store.get(eventId);
      // A deletion that stopped half-way can be finished by deleting again.
      if (!event || event.adminId !== admin.id) throw eventNotFound();
      if (!event.deletedAt) await store.markDeleting(event);
      return store.purge(event);
    },
  };
}

export type EventRemoval = ReturnType<typeof createEventRemoval>;
