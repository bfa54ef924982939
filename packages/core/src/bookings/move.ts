import { DomainError } from "../errors";
import { freeSeats, type SlotBookingContext } from "../events/records";
import { eventIdOfSlot, parseBookingId } from "../ids";
import { bookingView, noSuchBooking, type Fan } from "./bookings";
import { inviteSequence, inviteUid } from "./invite-identity";
import { slotCopy } from "./new-booking";
import type { MoveBookingInput, BookingView } from "@slotbook/contract";
import type { MoveStore } from "./move-store";
import type { BookingRecord } from "./records";

const noSuchSlot = () => new DomainError("NOT_FOUND", "No such slot, or its event is not published.");
const slotFull = () => new DomainError("SLOT_FULL", "That slot is full. Your booking stays where it was.");

/**
 * The booking a move makes: the fan's booking, its seats, details and answers as they were, in the target slot
 * with the slot's copy of the event. It keeps the calendar entry of the booking it replaces (same UID) with the
 * next SEQUENCE, so the fan's calendar moves the entry rather than adding one.
 */
export function movedBooking(from: BookingRecord, slotId: string, slot: SlotBookingContext, at: Date): BookingRecord {
  // A new seat: not cancelled, not yet checked in at the door.
  const { cancelledBy: _cancelled, checkedInAt: _checkedIn, ...kept } = from;
  return {
    ...kept,
    ...slotCopy(slotId, from.fanId, slot),
    status: "confirmed",
    createdAt: at.toISOString(),
    movedFrom: { bookingId: from.id, slotId: from.slotId, startsAt: from.startsAt, endsAt: from.endsAt, createdAt: from.createdAt },
    inviteUid: inviteUid(from),
    // SEQUENCE = eventRevision + sequenceOffset: one above the last invite the fan got for this entry.
    sequenceOffset: inviteSequence(from, "request") + 1 - slot.eventRevision,
  };
}

/**
 * Moving a booking to another slot of its event, in one atomic write: either the seats are in the new slot and
 * gone from the old, or (the new slot full, say) nothing changed. Slot-local: it reads and writes only the two
 * slots' own items, never the event's. The per-fan limit is untouched (the fan holds as many slots as before).
 */
export function createBookingMoves(store: MoveStore, options: { now?: () => Date } = {}) {
  const now = options.now ?? (() => new Date());

  /** The booking a move of `bookingId` to `slotId` already made (a retry of a move that succeeded), if any. */
  const alreadyMoved = async (fan: Fan, bookingId: string, slotId: string) => {
    const existing = await store.get(slotId, fan.id);
    return existing?.movedFrom?.bookingId === bookingId ? existing : undefined;
  };

  return {
    async move(fan: Fan, bookingId: string, input: MoveBookingInput): Promise<BookingView> {
      const ids = parseBookingId(bookingId);
      if (!ids || ids.fanId !== fan.id) throw noSuchBooking();
      // Already where it should be: a retry, or a no-op. Answered as it is.
      if (input.slotId === ids.slotId) {
        const current = await store.get(ids.slotId, fan.id);
        if (!current) throw noSuchBooking();
        return bookingView(current);
      }
      // Slot ids carry their event's id, so another event's slot is refused before anything is read.
      if (eventIdOfSlot(input.slotId) !== eventIdOfSlot(ids.slotId)) {
        throw new DomainError("VALIDATION_FAILED", "A booking moves only to another slot of the same event. To go to another event, book it.", {
          details: [{ path: "slotId", message: "Not a slot of this booking's event." }],
        });
      }

      const { booking, counter, existing } = await store.readForMove(ids.slotId, fan.id, input.slotId);
      if (!booking) {
        if (existing?.movedFrom?.bookingId === bookingId) return bookingView(existing);
        throw noSuchBooking();
      }
      if (existing) throw new DomainError("ALREADY_BOOKED", "You already hold a seat in that slot.");
      const slot = counter?.context;
      if (!counter || !counter.bookable || !slot || !counter.definition) throw noSuchSlot();
      const at = now();
      if (Date.parse(booking.startsAt) <= at.getTime()) throw new DomainError("SLOT_IN_PAST", "Your booked slot has already started; it can't be moved any more.");
      if (Date.parse(slot.startsAt) <= at.getTime()) throw new DomainError("SLOT_IN_PAST", "That slot has already started; pick a later one.");
      if (slot.bookingOpensAt && Date.parse(slot.bookingOpensAt) > at.getTime()) {
        throw new DomainError("NOT_OPEN_YET", "Booking for this event has not opened yet.", { details: [{ path: "opensAt", message: slot.bookingOpensAt }] });
      }
      if (slot.bookingClosesAt && Date.parse(slot.bookingClosesAt) <= at.getTime()) throw new DomainError("BOOKING_CLOSED", "Booking for this event has closed.");
      const seats = booking.seats ?? 1;
      // Checked before writing too: a full slot is refused without a failed conditional write.
      if (freeSeats(counter) < seats) throw slotFull();

      const moved = movedBooking(booking, counter.slotId, slot, at);
      const seat = { definition: counter.definition, capacity: counter.capacity, heldCount: counter.heldCount, perFanLimit: null };
      let outcome = await store.move(booking, moved, seat);
      // Seats were put on hold for a waitlist offer since the read: read once more, then it stands.
      if (!outcome.ok && outcome.reason === "held-changed") {
        const fresh = (await store.readForMove(ids.slotId, fan.id, input.slotId)).counter;
        if (!fresh || freeSeats(fresh) < seats) throw slotFull();
        outcome = await store.move(booking, moved, { ...seat, heldCount: fresh.heldCount });
      }
      if (outcome.ok) return bookingView(moved);
      switch (outcome.reason) {
        case "slot-full":
        case "held-changed":
          throw slotFull();
        case "booking-gone":
        case "already-booked": {
          // An identical request racing this one may have made the move: answer with its booking.
          const made = await alreadyMoved(fan, bookingId, input.slotId);
          if (made) return bookingView(made);
          throw outcome.reason === "already-booked" ? new DomainError("ALREADY_BOOKED", "You already hold a seat in that slot.") : noSuchBooking();
        }
        case "slot-gone":
          throw noSuchSlot();
        case "slot-changed":
          throw new DomainError("CONFLICT", "That slot was just changed by the organiser. Reload and try again.");
      }
    },
  };
}

export type BookingMoves = ReturnType<typeof createBookingMoves>;
