import { GetCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { BookingStore } from "../../bookings/booking-store";
import type { BookingRecord } from "../../bookings/records";
import { tableClient, tableName } from "./document-client";
import { bookingFromItem, bookingItem, counterFromItem, eventFromItem, idempotencyFromItem, idempotencyItem, indexKeys, itemType, keys, profileFromItem } from "./items";
import { batchGet, queryAll } from "./reads";
import { withRetries } from "./retry";
import { transact } from "./transact";

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

    async book(booking, definition, idempotency) {
      // The idempotency record first: a store that reports only the first failed condition (DynamoDB Local
      // does) still says "this request was already made" rather than "already booked".
      const idempotencyPut = idempotency
        ? [{ Put: { TableName: table(), Item: idempotencyItem({ ...idempotency, booking }, now()), ConditionExpression: "attribute_not_exists(pk)", ReturnValuesOnConditionCheckFailure: "ALL_OLD" as const } }]
        : [];
      const result = await transact([
        ...idempotencyPut,
        // The booking: one per fan and slot.
        { Put: { TableName: table(), Item: bookingItem(booking), ConditionExpression: "attribute_not_exists(pk)" } },
        {
          // The seat: the slot open and below capacity, its times unchanged since the fan's read.
          Update: {
            TableName: table(),
            Key: keys.counter(booking.slotId),
            UpdateExpression: "SET bookedCount = bookedCount + :one",
            ConditionExpression: "bookable = :true AND bookedCount < #capacity AND #definition = :definition AND attribute_not_exists(removed)",
            ExpressionAttributeNames: { "#capacity": "capacity", "#definition": "definition" },
            ExpressionAttributeValues: { ":one": 1, ":true": true, ":definition": definition },
            ReturnValuesOnConditionCheckFailure: "ALL_OLD",
          },
        },
      ]);
      if (result.ok) return { ok: true };
      const offset = idempotencyPut.length;
      const replayed = idempotency && result.failed[0] ? result.oldItems[0] : undefined;
      if (replayed) return { ok: false, reason: "replayed", previous: idempotencyFromItem(replayed) };
      if (result.failed[offset]) return { ok: false, reason: "already-booked" };
      const old = result.oldItems[offset + 1];
      if (!old || old.removed || old.bookable !== true) return { ok: false, reason: "slot-gone" };
      if (old.definition !== definition) return { ok: false, reason: "slot-changed" };
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

    async cancel(slotId, fanId, by) {
      if (by) {
        // Marked first (the stream ignores this change): the removal's old image then says who cancelled.
        const marked = await withRetries(() =>
          tableClient()
            .send(new UpdateCommand({ TableName: table(), Key: keys.booking(slotId, fanId), UpdateExpression: "SET cancelledBy = :by", ConditionExpression: "attribute_exists(pk)", ExpressionAttributeValues: { ":by": by } }))
            .then(() => true)
            .catch((error: { name?: string }) => {
              if (error.name === "ConditionalCheckFailedException") return false;
              throw error;
            }),
        );
        if (!marked) return false;
      }
      const result = await transact([
        { Delete: { TableName: table(), Key: keys.booking(slotId, fanId), ConditionExpression: "attribute_exists(pk)" } },
        { Update: { TableName: table(), Key: keys.counter(slotId), UpdateExpression: "SET bookedCount = bookedCount - :one", ConditionExpression: "bookedCount >= :one", ExpressionAttributeValues: { ":one": 1 } } },
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
