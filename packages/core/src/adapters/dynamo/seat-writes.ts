import type { SeatRead } from "../../bookings/booking-store";
import { keys } from "./items";

/**
 * A booking's seats taken on its slot's counter, as a part of the transaction that books, moves or claims:
 * the slot open, its times unchanged since the fan's read, and room beside the seats booked and held. A
 * condition can't add attributes up, so: booked ≤ capacity − seats − held-as-read, and held no more than as
 * read (fewer held only leaves more room): booked + held + seats ≤ capacity.
 */
export function seatsTaken(table: string, slotId: string, seats: number, seat: SeatRead) {
  return {
    Update: {
      TableName: table,
      Key: keys.counter(slotId),
      UpdateExpression: "SET bookedCount = bookedCount + :seats, vacated = :false",
      ConditionExpression:
        "bookable = :true AND #capacity = :capacity AND bookedCount <= :maxBooked AND (attribute_not_exists(heldCount) OR heldCount <= :held) AND #definition = :definition AND attribute_not_exists(removed)",
      ExpressionAttributeNames: { "#capacity": "capacity", "#definition": "definition" },
      ExpressionAttributeValues: {
        ":seats": seats,
        ":true": true,
        ":false": false,
        ":capacity": seat.capacity,
        ":maxBooked": seat.capacity - seats - seat.heldCount,
        ":held": seat.heldCount,
        ":definition": seat.definition,
      },
      ReturnValuesOnConditionCheckFailure: "ALL_OLD" as const,
    },
  };
}

/** Why `seatsTaken` failed, from the counter as it was (its old image). */
export function seatsRefused(old: Record<string, unknown> | undefined, seats: number, seat: SeatRead): "slot-gone" | "slot-changed" | "slot-full" | "held-changed" {
  if (!old || old.removed || old.bookable !== true) return "slot-gone";
  if (old.definition !== seat.definition || Number(old.capacity) !== seat.capacity) return "slot-changed";
  if (Number(old.bookedCount ?? 0) + Number(old.heldCount ?? 0) + seats > seat.capacity) return "slot-full";
  return "held-changed";
}

/**
 * A booking's seats given back on its slot's counter (a cancel, a move away), marked `vacated` so the table's
 * stream offers them to the slot's waitlist.
 */
export function seatsFreed(table: string, slotId: string, seats: number) {
  return {
    Update: {
      TableName: table,
      Key: keys.counter(slotId),
      UpdateExpression: "SET bookedCount = bookedCount - :seats, vacated = :true",
      ConditionExpression: "bookedCount >= :seats",
      ExpressionAttributeValues: { ":seats": seats, ":true": true },
    },
  };
}
