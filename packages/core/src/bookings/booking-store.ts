import type { EventRecord, SlotCounter } from "../events/records";
import type { ProfileRecord } from "../users/profile-store";
import type { BookingRecord, IdempotencyRecord } from "./records";

export type BookOutcome =
  | { ok: true }
  | { ok: false; reason: "slot-full" | "already-booked" | "slot-gone" | "slot-changed" | "limit-reached" }
  /** More seats went on hold for waitlist offers since the read; a fresh read may still find room. */
  | { ok: false; reason: "held-changed" }
  /** An identical request with the same Idempotency-Key got there first: here is what it stored. */
  | { ok: false; reason: "replayed"; previous: IdempotencyRecord };

/** What the booking read of its slot, which the write must still find true. */
export interface SeatRead {
  definition: string;
  capacity: number;
  heldCount: number;
  perFanLimit: number | null;
}

/** The port to where bookings live. Booking and cancelling are each one atomic write. */
export interface BookingStore {
  /**
   * One read of the slot's and the fan's own items only: the slot's counter (with its copy of what booking
   * needs of the event), the fan's booking of it if any, the fan's profile (name, verified email, phone) and
   * (when a key is given) an earlier request with the same Idempotency-Key. Never the event's item.
   */
  readForBooking(slotId: string, fanId: string, idempotencyKey?: string): Promise<{
    counter?: SlotCounter;
    existing?: BookingRecord;
    previous?: IdempotencyRecord;
    profile?: ProfileRecord;
  }>;
  /** One read: a booking and its event. */
  readWithEvent(slotId: string, fanId: string, eventId: string): Promise<{ booking?: BookingRecord; event?: EventRecord }>;
  /**
   * Takes the booking's seats: the slot open, room for them beside the seats booked and held (as read:
   * `capacity`, `heldCount`), this fan not yet on it, its times as the fan saw them (`definition`), and under
   * the event's per-fan limit (counted on an item of the fan's own); all or nothing.
   */
  book(booking: BookingRecord, seat: SeatRead, idempotency?: Omit<IdempotencyRecord, "booking">): Promise<BookOutcome>;
  /** Strongly consistent. */
  getIdempotent(fanId: string, key: string): Promise<IdempotencyRecord | undefined>;
  get(slotId: string, fanId: string): Promise<BookingRecord | undefined>;
  /**
   * Frees the seat and removes the booking at once; false when there was no such booking (or, given
   * `onlyIfCreatedAt`, not that one: a release link names the booking it was sent for). `by` is kept on
   * the removed booking (the stream's old image), so its emails say who cancelled.
   */
  cancel(slotId: string, fanId: string, by?: "organiser", onlyIfCreatedAt?: string): Promise<boolean>;
  listByFan(fanId: string): Promise<BookingRecord[]>;
  /**
   * The bookings of these slots (an event's), by slot start: each slot's own partition, read consistently;
   * no index partition shared by the event, which every booking would otherwise write to.
   */
  listBySlots(slotIds: string[]): Promise<BookingRecord[]>;
}
