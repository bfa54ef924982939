import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type { MovedBookings, MoveStore } from "../../bookings/move-store";
import type { BookingRecord } from "../../bookings/records";
import { tableClient, tableName } from "./document-client";
import { bookingFromItem, bookingItem, counterFromItem, itemType, keys } from "./items";
import { batchGet } from "./reads";
import { withRetries } from "./retry";
import { seatsFreed, seatsRefused, seatsTaken } from "./seat-writes";
import { transact } from "./transact";

/** The move marker is needed only until the stream has passed the removal on (a day at most); kept a while longer. */
const markerLifetimeSeconds = 30 * 24 * 3600;

/** A removed booking's marker: its removal was a move to `to` (the notifier then sends no cancellation). */
const movedAwayItem = (from: BookingRecord, to: BookingRecord) => ({
  ...keys.movedAway(from.slotId, from.fanId, from.createdAt),
  itemType: itemType.movedAway,
  movedTo: to.id,
  expiresAt: Math.floor(Date.parse(to.createdAt) / 1000) + markerLifetimeSeconds,
});

export function dynamoBookingMoves(): MoveStore & MovedBookings {
  const table = tableName;
  const getItem = async (key: Record<string, string>) =>
    (await withRetries(() => tableClient().send(new GetCommand({ TableName: table(), Key: key, ConsistentRead: true })))).Item;

  return {
    async get(slotId, fanId) {
      const item = await getItem(keys.booking(slotId, fanId));
      return item ? bookingFromItem(item) : undefined;
    },

    async readForMove(fromSlotId, fanId, toSlotId) {
      const from = keys.booking(fromSlotId, fanId);
      const counter = keys.counter(toSlotId);
      const target = keys.booking(toSlotId, fanId);
      const items = await batchGet([from, counter, target], true);
      const find = (key: { pk: string; sk: string }) => items.find((item) => item.pk === key.pk && item.sk === key.sk);
      const booking = find(from);
      const counterItem = find(counter);
      const existing = find(target);
      return {
        ...(booking ? { booking: bookingFromItem(booking) } : {}),
        ...(counterItem ? { counter: counterFromItem(counterItem) } : {}),
        ...(existing ? { existing: bookingFromItem(existing) } : {}),
      };
    },

    async move(from, to, seat) {
      const seats = from.seats ?? 1;
      // Ordered so that a store reporting only the first failed condition (DynamoDB Local) still says why.
      const result = await transact([
        // The booking as read: not cancelled or moved meanwhile.
        { Delete: { TableName: table(), Key: keys.booking(from.slotId, from.fanId), ConditionExpression: "createdAt = :createdAt", ExpressionAttributeValues: { ":createdAt": from.createdAt } } },
        seatsFreed(table(), from.slotId, seats),
        { Put: { TableName: table(), Item: movedAwayItem(from, to) } },
        { Put: { TableName: table(), Item: bookingItem(to), ConditionExpression: "attribute_not_exists(pk)" } },
        seatsTaken(table(), to.slotId, seats, seat),
      ]);
      if (result.ok) return { ok: true };
      if (result.failed[0] || result.failed[1]) return { ok: false, reason: "booking-gone" };
      if (result.failed[3]) return { ok: false, reason: "already-booked" };
      if (result.failed[4]) return { ok: false, reason: seatsRefused(result.oldItems[4], seats, seat) };
      return { ok: false, reason: "booking-gone" };
    },

    async movedAway(booking) {
      return (await getItem(keys.movedAway(booking.slotId, booking.fanId, booking.createdAt))) !== undefined;
    },
  };
}
