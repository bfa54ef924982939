import { GetCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { BookingStore } from "../../bookings/booking-store";
import type { BookingRecord } from "../../bookings/records";
import { tableClient, tableName } from "./document-client";
import { bookingFromItem, bookingItem, counterFromItem, eventFromItem, idempotencyFromItem, idempotencyItem, indexKeys, itemType, keys, profileFromItem } from "./items";
import { batchGet, queryAll } from "./reads";
import { withRetries } from "./retry";
import { transact } from "./transact";
import { fanLimitTaken } from "./counter-writes";
import { seatsFreed, seatsRefused, seatsTaken } from "./seat-writes";

export function dynamoBookingStore(options: { now?: () => Date } = {}): BookingStore {
  const now = options.now ?? (() => new Date());
  const table = tableName;

  const getItem = async (key: Record<string, string>) =>
    (await withRetries(() => tableClient().send(new GetCommand({ TableName: table(), Key: key, ConsistentRead: true })))).Item;

  return {
    async readForBooking(slotId, fanId, idempotencyKey) {
      const wanted = [keys.counter(slotId), keys.booking(slotId, fanId), keys.profile(fanId), ...(idempotencyKey ? [keys.idempotency(fanId, idempotencyKey)] : [])];
      const items = await batchGet(wanted, true);
      const find = (key: { pk: string; sk: string }) => items.find((item) => item.pk === key.pk && item.sk === key.sk);
      const counter = find(keys.counter(slotId));
      const existing = find(keys.booking(slotId, fanId));
      const previous = idempotencyKey ? find(keys.idempotency(fanId, idempotencyKey)) : undefined;
      const profile = find(keys.profile(fanId));
      return {
        ...(profile ? { profile: profileFromItem(profile) } : {}),
        ...(existing ? { existing: bookingFromItem(existing) } : {}),
        ...(counter ? { counter: counterFromItem(counter) } : {}),
        ...(previous ? { previous: idempotencyFromItem(previous) } : {}),
      };
    },

    async readWithEvent(slotId, fanId, eventId) {
      const items = await batchGet([keys.booking(slotId, fanId), keys.event(eventId)], true);
      const booking = items.find((item) => item.itemType === itemType.booking);
      const event = items.find((item) => item.itemType === itemType.event);
      return { ...(booking ? { booking: bookingFromItem(booking) } : {}), ...(event ? { event: eventFromItem(event) } : {}) };
    },

    async book(booking, seat, idempotency) {
      const seats = booking.seats ?? 1;
      // The idempotency record first: a store that reports only the first failed condition (DynamoDB Local
      // does) still says "this request was already made" rather than "already booked".
      const idempotencyPut = idempotency
        ? [{ Put: { TableName: table(), Item: idempotencyItem({ ...idempotency, booking }, now()), ConditionExpression: "attribute_not_exists(pk)", ReturnValuesOnConditionCheckFailure: "ALL_OLD" as const } }]
        : [];
      const limit = fanLimitTaken(table(), booking.fanId, booking.eventId, seat.perFanLimit);
      const result = await transact([
        ...idempotencyPut,
        // The booking: one per fan and slot.
        { Put: { TableName: table(), Item: bookingItem(booking), ConditionExpression: "attribute_not_exists(pk)" } },
        // The seats: room for them on the slot as read.
        seatsTaken(table(), booking.slotId, seats, seat),
        ...limit,
      ]);
      if (result.ok) return { ok: true };
      const offset = idempotencyPut.length;
      const replayed = idempotency && result.failed[0] ? result.oldItems[0] : undefined;
      if (replayed) return { ok: false, reason: "replayed", previous: idempotencyFromItem(replayed) };
      if (result.failed[offset]) return { ok: false, reason: "already-booked" };
      if (result.failed[offset + 1]) return { ok: false, reason: seatsRefused(result.oldItems[offset + 1], seats, seat) };
      if (limit.length > 0 && result.failed[offset + 2]) return { ok: false, reason: "limit-reached" };
      return { ok: false, reason: "slot-full" };
    },

    async getIdempotent(fanId, key) {
      const item = await getItem(keys.idempotency(fanId, key));
      return item ? idempotencyFromItem(item) : undefined;
    },

    async get(slotId, fanId) {
      const item = await getItem(keys.booking(slotId, fanId));
      return item ? bookingFromItem(item) : undefined;
    },

    async cancel(slotId, fanId, by, onlyIfCreatedAt) {
      // The booking as it is (its seats and whether it counts against a per-fan limit). An organiser's cancel
      // marks it first (the stream ignores that change), so the removal's old image says who cancelled.
      const current = by
        ? await withRetries(() =>
            tableClient()
              .send(
                new UpdateCommand({
                  TableName: table(),
                  Key: keys.booking(slotId, fanId),
                  UpdateExpression: "SET cancelledBy = :by",
                  ConditionExpression: "attribute_exists(pk)",
                  ExpressionAttributeValues: { ":by": by },
                  ReturnValues: "ALL_NEW",
                }),
              )
              .then((result) => result.Attributes)
              .catch((error: { name?: string }) => {
                if (error.name === "ConditionalCheckFailedException") return undefined;
                throw error;
              }),
          )
        : await getItem(keys.booking(slotId, fanId));
      if (!current) return false;
      const booking = bookingFromItem(current);
      if (onlyIfCreatedAt !== undefined && booking.createdAt !== onlyIfCreatedAt) return false;
      const seats = booking.seats ?? 1;
      const result = await transact([
        { Delete: { TableName: table(), Key: keys.booking(slotId, fanId), ConditionExpression: "createdAt = :createdAt", ExpressionAttributeValues: { ":createdAt": booking.createdAt } } },
        seatsFreed(table(), slotId, seats),
        ...(booking.limited
          ? [{ Update: { TableName: table(), Key: keys.fanEventLimit(fanId, booking.eventId), UpdateExpression: "ADD heldSlots :minusOne", ExpressionAttributeValues: { ":minusOne": -1 } } }]
          : []),
      ]);
      return result.ok;
    },

    async listByFan(fanId) {
      const items = await queryAll({ IndexName: "byOwner", KeyConditionExpression: "ownerKey = :fan", ExpressionAttributeValues: { ":fan": indexKeys.fanBookings(fanId) } });
      return items.map(bookingFromItem);
    },

    async listBySlots(slotIds) {
      const bookings: BookingRecord[] = [];
      // A few dozen slots at a time: quick for an event's 200 slots, gentle on the table.
      for (let start = 0; start < slotIds.length; start += 25) {
        const pages = await Promise.all(
          slotIds.slice(start, start + 25).map((slotId) =>
            queryAll({ KeyConditionExpression: "pk = :pk AND begins_with(sk, :bookings)", ExpressionAttributeValues: { ":pk": keys.counter(slotId).pk, ":bookings": "BOOKING#" }, ConsistentRead: true }),
          ),
        );
        bookings.push(...pages.flat().map(bookingFromItem));
      }
      return bookings.sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.createdAt.localeCompare(b.createdAt));
    },
  };
}
