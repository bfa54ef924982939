import type { SlotCounter } from "../events/records";
import type { SeatRead } from "./booking-store";
import type { BookingRecord } from "./records";

export type MoveOutcome =
  | { ok: true }
  /** The booking changed or went since the read (cancelled, or moved by a racing request). */
  | { ok: false; reason: "booking-gone" | "already-booked" | "slot-full" | "slot-gone" | "slot-changed" }
  /** More seats went on hold for waitlist offers since the read; a fresh read may still find room. */
  | { ok: false; reason: "held-changed" };

/** The port to where bookings move between slots of an event: one read, then one atomic write. */
export interface MoveStore {
  /** Strongly consistent. */
  get(slotId: string, fanId: string): Promise<BookingRecord | undefined>;
  /**
   * One read of the two slots' and the fan's own items: the booking to move, the target slot's counter (with its
   * copy of what booking needs of the event) and the fan's booking of the target slot, if any.
   */
  readForMove(fromSlotId: string, fanId: string, toSlotId: string): Promise<{ booking?: BookingRecord; counter?: SlotCounter; existing?: BookingRecord }>;
  /**
   * All or nothing: the old booking removed (as read) and its seats freed on its slot (marked `vacated`, so the
   * waitlist is offered them), a marker that the removal was a move, the new booking put (the fan not yet on the
   * target slot) and its seats taken on the target slot if it has room beside the seats booked and held (as read).
   */
  move(from: BookingRecord, to: BookingRecord, seat: SeatRead): Promise<MoveOutcome>;
}

/** Tells a booking's removal by a move from a cancellation (the notifier sends the "moved" email instead). */
export interface MovedBookings {
  movedAway(booking: Pick<BookingRecord, "slotId" | "fanId" | "createdAt">): Promise<boolean>;
}
