/**
 * TEST SUPPORT ONLY. The bookings' ports over the in-memory table, each write all-or-nothing with the
 * conditions of the DynamoDB adapters (dynamo-booking-store.ts, seat-writes.ts, counter-writes.ts,
 * dynamo-booking-moves.ts, dynamo-check-ins.ts, dynamo-booking-details.ts):
 * - seats: the slot bookable, its times and capacity as read, booked + held + seats ≤ capacity, and no more
 *   seats held than the read saw;
 * - one booking per fan and slot; the per-fan limit counted on the fan's own item, given back on cancel;
 * - an Idempotency-Key's record stored with the booking, and reported first when it exists already.
 * Every check of a write runs before any of its changes, and nothing awaits in between, so concurrent
 * callers interleave only between whole reads and writes, as they do against the table.
 */
import type { BookingStore, SeatRead } from "../bookings/booking-store";
import type { CheckInStore } from "../bookings/check-in";
import type { MovedBookings, MoveStore } from "../bookings/move-store";
import type { BookingRecord } from "../bookings/records";
import type { BookingDetailsWriter } from "../notifications/notifier";
import { bookingKey, copy, counterView, fanLimitKey, idempotencyKeyOf, movedAwayKey, type MemoryTable } from "./memory-table";

type SeatRefusal = "slot-gone" | "slot-changed" | "slot-full" | "held-changed";

/** Why `seats` can't be taken on the slot now, or undefined when they can (seatsTaken, then seatsRefused). */
function seatRefusal(table: MemoryTable, slotId: string, seats: number, seat: SeatRead): SeatRefusal | undefined {
  const counter = table.counters.get(slotId);
  if (!counter || counter.removed || counter.bookable !== true) return "slot-gone";
  if (counter.definition !== seat.definition || counter.capacity !== seat.capacity) return "slot-changed";
  if (counter.bookedCount <= seat.capacity - seats - seat.heldCount && counter.heldCount <= seat.heldCount) return undefined;
  return counter.bookedCount + counter.heldCount + seats > seat.capacity ? "slot-full" : "held-changed";
}

function takeSeats(table: MemoryTable, slotId: string, seats: number) {
  const counter = table.counters.get(slotId)!;
  table.counters.set(slotId, { ...counter, bookedCount: counter.bookedCount + seats, vacated: false });
}

/** Gives seats back (seatsFreed): refused when the counter holds fewer than that. */
function freeSeats(table: MemoryTable, slotId: string, seats: number): boolean {
  const counter = table.counters.get(slotId);
  if (!counter || counter.bookedCount < seats) return false;
  table.counters.set(slotId, { ...counter, bookedCount: counter.bookedCount - seats, vacated: true });
  return true;
}

function removeBooking(table: MemoryTable, booking: BookingRecord) {
  table.bookings.delete(bookingKey(booking.slotId, booking.fanId));
  table.stream.push({ kind: "removed", booking: copy(booking) });
}

function putBooking(table: MemoryTable, booking: BookingRecord) {
  table.bookings.set(bookingKey(booking.slotId, booking.fanId), copy(booking));
  table.stream.push({ kind: "inserted", booking: copy(booking) });
}

const found = (table: MemoryTable, slotId: string, fanId: string) => {
  const booking = table.bookings.get(bookingKey(slotId, fanId));
  return booking ? copy(booking) : undefined;
};

export function inMemoryBookingStore(table: MemoryTable): BookingStore {
  return {
    async readForBooking(slotId, fanId, idempotencyKey) {
      const counter = table.counters.get(slotId);
      const existing = found(table, slotId, fanId);
      const previous = idempotencyKey ? table.idempotency.get(idempotencyKeyOf(fanId, idempotencyKey)) : undefined;
      const profile = table.profiles.get(fanId);
      return {
        ...(counter ? { counter: counterView(counter) } : {}),
        ...(existing ? { existing } : {}),
        ...(previous ? { previous: copy(previous) } : {}),
        ...(profile ? { profile: copy(profile) } : {}),
      };
    },

    async readWithEvent(slotId, fanId, eventId) {
      const booking = found(table, slotId, fanId);
      const event = table.events.get(eventId);
      return { ...(booking ? { booking } : {}), ...(event ? { event: copy(event) } : {}) };
    },

    async book(booking, seat, idempotency) {
      const seats = booking.seats ?? 1;
      // In the adapter's order of reporting: the key's record, the booking, the seats, the per-fan limit.
      const previous = idempotency ? table.idempotency.get(idempotencyKeyOf(idempotency.fanId, idempotency.key)) : undefined;
      if (previous) return { ok: false, reason: "replayed", previous: copy(previous) };
      if (table.bookings.has(bookingKey(booking.slotId, booking.fanId))) return { ok: false, reason: "already-booked" };
      const refusal = seatRefusal(table, booking.slotId, seats, seat);
      if (refusal) return { ok: false, reason: refusal };
      const limitKey = fanLimitKey(booking.fanId, booking.eventId);
      const held = table.fanLimits.get(limitKey) ?? 0;
      if (seat.perFanLimit !== null && held >= seat.perFanLimit) return { ok: false, reason: "limit-reached" };

      if (idempotency) table.idempotency.set(idempotencyKeyOf(idempotency.fanId, idempotency.key), copy({ ...idempotency, booking }));
      putBooking(table, booking);
      takeSeats(table, booking.slotId, seats);
      if (seat.perFanLimit !== null) table.fanLimits.set(limitKey, held + 1);
      return { ok: true };
    },

    async getIdempotent(fanId, key) {
      const record = table.idempotency.get(idempotencyKeyOf(fanId, key));
      return record ? copy(record) : undefined;
    },

    async get(slotId, fanId) {
      return found(table, slotId, fanId);
    },

    async cancel(slotId, fanId, by, onlyIfCreatedAt) {
      const key = bookingKey(slotId, fanId);
      const current = table.bookings.get(key);
      if (!current) return false;
      // An organiser's cancel marks the booking first, so the removal's old image says who cancelled.
      if (by) table.bookings.set(key, { ...current, cancelledBy: by });
      const booking = table.bookings.get(key)!;
      if (onlyIfCreatedAt !== undefined && booking.createdAt !== onlyIfCreatedAt) return false;
      if (!freeSeats(table, slotId, booking.seats ?? 1)) return false;
      removeBooking(table, booking);
      if (booking.limited) {
        const limitKey = fanLimitKey(fanId, booking.eventId);
        table.fanLimits.set(limitKey, (table.fanLimits.get(limitKey) ?? 0) - 1);
      }
      return true;
    },

    async listByFan(fanId) {
      return [...table.bookings.values()]
        .filter((booking) => booking.fanId === fanId)
        .sort((a, b) => `${a.startsAt}#${a.id}`.localeCompare(`${b.startsAt}#${b.id}`))
        .map(copy);
    },

    async listBySlots(slotIds) {
      const wanted = new Set(slotIds);
      return [...table.bookings.values()]
        .filter((booking) => wanted.has(booking.slotId))
        .sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.createdAt.localeCompare(b.createdAt))
        .map(copy);
    },
  };
}

/** Arrival on the booking's own item: only if it exists, and the first arrival time stands. */
export function inMemoryCheckIns(table: MemoryTable): CheckInStore {
  return {
    async checkIn(slotId, fanId, at) {
      const key = bookingKey(slotId, fanId);
      const booking = table.bookings.get(key);
      if (!booking) return undefined;
      table.bookings.set(key, { ...booking, checkedInAt: booking.checkedInAt ?? at });
      return copy(table.bookings.get(key)!);
    },
  };
}

/** Moves (dynamo-booking-moves.ts): the old booking as read, its seats freed, a moved-away marker, the new one put. */
export function inMemoryBookingMoves(table: MemoryTable): MoveStore & MovedBookings {
  return {
    async get(slotId, fanId) {
      return found(table, slotId, fanId);
    },

    async readForMove(fromSlotId, fanId, toSlotId) {
      const booking = found(table, fromSlotId, fanId);
      const counter = table.counters.get(toSlotId);
      const existing = found(table, toSlotId, fanId);
      return { ...(booking ? { booking } : {}), ...(counter ? { counter: counterView(counter) } : {}), ...(existing ? { existing } : {}) };
    },

    async move(from, to, seat) {
      const seats = from.seats ?? 1;
      const stored = table.bookings.get(bookingKey(from.slotId, from.fanId));
      const source = table.counters.get(from.slotId);
      if (!stored || stored.createdAt !== from.createdAt || !source || source.bookedCount < seats) return { ok: false, reason: "booking-gone" };
      if (table.bookings.has(bookingKey(to.slotId, to.fanId))) return { ok: false, reason: "already-booked" };
      const refusal = seatRefusal(table, to.slotId, seats, seat);
      if (refusal) return { ok: false, reason: refusal };

      removeBooking(table, stored);
      freeSeats(table, from.slotId, seats);
      table.movedAway.add(movedAwayKey(from));
      putBooking(table, to);
      takeSeats(table, to.slotId, seats);
      return { ok: true };
    },

    async movedAway(booking) {
      return table.movedAway.has(movedAwayKey(booking));
    },
  };
}

/** The notifier's write of a booking's new copy of its event: never recreating a booking, never going back a revision. */
export function inMemoryBookingDetails(table: MemoryTable): BookingDetailsWriter {
  return {
    async bringUpToDate(booking) {
      const key = bookingKey(booking.slotId, booking.fanId);
      const stored = table.bookings.get(key);
      if (!stored || stored.createdAt !== booking.createdAt) return "gone";
      if ((stored.eventRevision ?? 0) > (booking.eventRevision ?? 0)) return "newer";
      table.bookings.set(key, { ...stored, event: copy(booking.event), startsAt: booking.startsAt, endsAt: booking.endsAt, eventRevision: booking.eventRevision ?? 0 });
      return "updated";
    },
  };
}
