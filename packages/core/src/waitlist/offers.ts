import { freeSeats } from "../events/records";
import { offerExpiry, type OfferWindowRule } from "./offer-window";
import type { WaitlistEntryRecord } from "./records";
import type { WaitlistStore } from "./waitlist-store";

/** Seats neither booked nor held for an offer. */

/**
 * The waitlist's side that runs without a fan asking: freed seats offered to the longest-waiting fans (the
 * stream notifier) and offers past their time expired (the per-minute sweep). Apart from the fan-facing
 * waitlist (waitlist.ts) so that neither function carries the booking and answer checks it never runs.
 */
export function createWaitlistOffers(
  store: Pick<WaitlistStore, "counter" | "listBySlot" | "offer" | "dueOffers" | "expire">,
  options: { now?: () => Date; offerWindows?: OfferWindowRule[] } = {},
) {
  const now = options.now ?? (() => new Date());
  return {
    /**
     * Seats freed up on a slot (a cancel, an expired or given-up offer, more capacity): offers them to the
     * longest-waiting fans whose party fits, each in one conditional write; a write that finds the seats
     * changed (a direct booking, another offer) reads again. Returns the offers made.
     */
    async offerVacancies(slotId: string): Promise<WaitlistEntryRecord[]> {
      const made: WaitlistEntryRecord[] = [];
      for (let round = 0; round < 10; round += 1) {
        const [counter, entries] = await Promise.all([store.counter(slotId), store.listBySlot(slotId)]);
        const slot = counter?.context;
        if (!counter || !counter.bookable || !slot || !slot.waitlist) return made;
        const at = now();
        if (Date.parse(slot.startsAt) <= at.getTime() || (slot.bookingClosesAt && Date.parse(slot.bookingClosesAt) <= at.getTime())) return made;
        let room = freeSeats(counter);
        let changed = false;
        const seats = { capacity: counter.capacity, bookedCount: counter.bookedCount, heldCount: counter.heldCount };
        for (const entry of entries.filter((candidate) => candidate.status === "waiting")) {
          if (room <= 0) break;
          if (entry.seats > room) continue;
          const expiresAt = offerExpiry(slot.startsAt, at, options.offerWindows);
          if (!(await store.offer(entry, seats, at.toISOString(), expiresAt))) {
            changed = true;
            break;
          }
          made.push({ ...entry, status: "offered", offeredAt: at.toISOString(), offerExpiresAt: expiresAt });
          room -= entry.seats;
          seats.heldCount += entry.seats;
        }
        if (!changed) return made;
      }
      return made;
    },

    /** Offers past their time give their seats back; the seats then go to the next fans. Returns how many. */
    async expireDueOffers(at: Date = now()): Promise<number> {
      let expired = 0;
      for (const entry of await store.dueOffers(at)) if (await store.expire(entry, at.toISOString())) expired += 1;
      return expired;
    },
  };
}

export type WaitlistOffers = ReturnType<typeof createWaitlistOffers>;
