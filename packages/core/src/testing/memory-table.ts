/**
 * TEST SUPPORT ONLY (never imported by production code; testing/no-production-imports.test.ts checks it).
 *
 * The single table's items as plain maps, shared by the in-memory ports in this folder, so a test can wire
 * events, bookings, profiles and the notifier to one "table" the way the DynamoDB adapters share one. Keys
 * mirror the table's (adapters/dynamo/items.ts) in a readable form: `slotId|fanId` for a booking, and so on.
 */
import type { BookingRecord, IdempotencyRecord } from "../bookings/records";
import type { PublicEventRecord } from "../events/event-store";
import type { EventRecord, SlotCounter } from "../events/records";
import type { ProfileRecord } from "../users/profile-store";

/** A slot's counter item: the SlotCounter readers see, plus what only the table's conditions look at. */
export interface StoredCounter extends SlotCounter {
  eventId: string;
  /** The slot was removed from its event (or its event deleted): never bookable again. */
  removed?: boolean;
  /** The event version whose copy the counter holds: an older version never overwrites it. */
  copiedVersion?: number;
  /** Seats came free (the stream then offers them to the waitlist). */
  vacated?: boolean;
}

/** What the table's stream would carry for bookings: inserts and removals (the old image). */
export type BookingStreamRecord = { kind: "inserted"; booking: BookingRecord } | { kind: "removed"; booking: BookingRecord };

export const bookingKey = (slotId: string, fanId: string) => `${slotId}|${fanId}`;
export const fanLimitKey = (fanId: string, eventId: string) => `${fanId}|${eventId}`;
export const idempotencyKeyOf = (fanId: string, key: string) => `${fanId}|${key}`;
export const movedAwayKey = (booking: Pick<BookingRecord, "slotId" | "fanId" | "createdAt">) => `${booking.slotId}|${booking.fanId}|${booking.createdAt}`;

export function memoryTable() {
  return {
    events: new Map<string, EventRecord>(),
    /** `revised` as the last write of each event set it (the notifier's stream filter wakes on it). */
    revised: new Map<string, boolean>(),
    /** Public pages by slug; a deleted page's item stays (its slug stays taken), marked deleted. */
    pages: new Map<string, PublicEventRecord & { deleted?: boolean }>(),
    counters: new Map<string, StoredCounter>(),
    bookings: new Map<string, BookingRecord>(),
    idempotency: new Map<string, IdempotencyRecord>(),
    /** How many slots of an event a fan holds, for its per-fan limit (the fan's LIMIT item). */
    fanLimits: new Map<string, number>(),
    profiles: new Map<string, ProfileRecord>(),
    /** Markers that a booking's removal was a move (movedAwayKey). */
    movedAway: new Set<string>(),
    stream: [] as BookingStreamRecord[],
  };
}

export type MemoryTable = ReturnType<typeof memoryTable>;

/** Items leave and enter the table as copies, as they do over the wire: a read never changes under its reader. */
export const copy = <T>(value: T): T => structuredClone(value);

/** A counter as a read returns it (counterFromItem): bookable only while not removed. */
export function counterView(stored: StoredCounter): SlotCounter {
  const { eventId: _eventId, removed, copiedVersion: _version, vacated: _vacated, ...counter } = copy(stored);
  return { ...counter, bookable: counter.bookable && !removed };
}
