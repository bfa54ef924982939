import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type { WaitlistEntryRecord } from "../../waitlist/records";
import type { WaitlistStore } from "../../waitlist/waitlist-store";
import { tableClient, tableName } from "./document-client";
import { bookingFromItem, bookingItem, counterFromItem, dueBucket, entryFromItem, entryItem, itemType, keys, profileFromItem } from "./items";
import { batchGet, queryAll } from "./reads";
import { withRetries } from "./retry";
import { transact } from "./transact";
import { fanLimitTaken } from "./counter-writes";

/** How far back the expiry sweep looks for offers (offers last at most a few hours; a sweep runs every minute). */
const sweepHours = 6;

export function dynamoWaitlistStore(): WaitlistStore {
  const table = tableName;
  const getItem = async (key: Record<string, string>) =>
    (await withRetries(() => tableClient().send(new GetCommand({ TableName: table(), Key: key, ConsistentRead: true })))).Item;

  /** The fan's own count of entries waiting or offered, at most `max`. */
  const activeCount = (fanId: string, delta: 1 | -1, max?: number) => ({
    Update: {
      TableName: table(),
      Key: keys.fanWaits(fanId),
      UpdateExpression: "SET itemType = :type ADD activeEntries :delta",
      ...(max !== undefined ? { ConditionExpression: "attribute_not_exists(activeEntries) OR activeEntries < :max" } : {}),
      ExpressionAttributeValues: { ":type": itemType.fanLimit, ":delta": delta, ...(max !== undefined ? { ":max": max } : {}) },
    },
  });

  /**
   * An entry's status changes (and it leaves the byDue index), only from the status it was read with and for
   * the same joining; `extra` adds to the condition (an offer's time) or to what is set.
   */
  const entryMoves = (entry: WaitlistEntryRecord, to: WaitlistEntryRecord["status"], extra: { condition?: string; set?: string; values?: Record<string, unknown> } = {}) => ({
    Update: {
      TableName: table(),
      Key: keys.waitlistEntry(entry.slotId, entry.fanId),
      UpdateExpression: `SET #status = :to${extra.set ? `, ${extra.set}` : ""} REMOVE dueKey, dueSort`,
      ConditionExpression: `#status = :was AND joinedAt = :joinedAt${extra.condition ? ` AND ${extra.condition}` : ""}`,
      ExpressionAttributeNames: { "#status": "status" },
      ExpressionAttributeValues: { ":to": to, ":was": entry.status, ":joinedAt": entry.joinedAt, ...extra.values },
    },
  });

  /** An offer's held seats go back to the slot (`vacated`: the stream offers them to the next fans). */
  const heldReleased = (entry: WaitlistEntryRecord) => ({
    Update: {
      TableName: table(),
      Key: keys.counter(entry.slotId),
      UpdateExpression: "SET heldCount = heldCount - :seats, vacated = :true",
      ConditionExpression: "heldCount >= :seats",
      ExpressionAttributeValues: { ":seats": entry.seats, ":true": true },
    },
  });

  return {
    async readSlotForFan(slotId, fanId) {
      const items = await batchGet([keys.counter(slotId), keys.booking(slotId, fanId), keys.waitlistEntry(slotId, fanId), keys.profile(fanId)], true);
      const find = (key: { pk: string; sk: string }) => items.find((item) => item.pk === key.pk && item.sk === key.sk);
      const counter = find(keys.counter(slotId));
      const booking = find(keys.booking(slotId, fanId));
      const entry = find(keys.waitlistEntry(slotId, fanId));
      const profile = find(keys.profile(fanId));
      return {
        ...(counter ? { counter: counterFromItem(counter) } : {}),
        ...(booking ? { booking: bookingFromItem(booking) } : {}),
        ...(entry ? { entry: entryFromItem(entry) } : {}),
        ...(profile ? { profile: profileFromItem(profile) } : {}),
      };
    },

    async join(entry, maxActive) {
      const result = await transact([
        {
          Put: {
            TableName: table(),
            Item: entryItem(entry),
            // A new entry, or a fresh place after one that ended (to the back of the queue).
            ConditionExpression: "attribute_not_exists(pk) OR #status IN (:left, :expired, :claimed)",
            ExpressionAttributeNames: { "#status": "status" },
            ExpressionAttributeValues: { ":left": "left", ":expired": "expired", ":claimed": "claimed" },
          },
        },
        {
          Update: {
            TableName: table(),
            Key: keys.counter(entry.slotId),
            // `vacated` cleared: a fan joining frees no seat, so the stream has no offers to make for this write
            // (a vacancy written before it still reached the stream with its own image).
            UpdateExpression: "SET vacated = :false ADD waitingCount :one",
            ConditionExpression: "bookable = :true AND attribute_not_exists(removed)",
            ExpressionAttributeValues: { ":one": 1, ":true": true, ":false": false },
          },
        },
        activeCount(entry.fanId, 1, maxActive),
      ]);
      if (result.ok) return "joined";
      if (result.failed[0]) return "exists";
      if (result.failed[1]) return "slot-gone";
      return "too-many";
    },

    async get(slotId, fanId) {
      const item = await getItem(keys.waitlistEntry(slotId, fanId));
      return item ? entryFromItem(item) : undefined;
    },

    async listByFan(fanId) {
      const items = await queryAll({ IndexName: "byOwner", KeyConditionExpression: "ownerKey = :owner", ExpressionAttributeValues: { ":owner": keys.fanWaitlistOwner(fanId) }, ScanIndexForward: false });
      return items.map(entryFromItem);
    },

    async listBySlot(slotId) {
      const items = await queryAll({
        KeyConditionExpression: "pk = :pk AND begins_with(sk, :wait)",
        ExpressionAttributeValues: { ":pk": keys.counter(slotId).pk, ":wait": "WAIT#" },
        ConsistentRead: true,
      });
      return items.map(entryFromItem).sort((a, b) => a.joinedAt.localeCompare(b.joinedAt) || a.id.localeCompare(b.id));
    },

    async counter(slotId) {
      const item = await getItem(keys.counter(slotId));
      return item ? counterFromItem(item) : undefined;
    },

    async offer(entry, seats, offeredAt, expiresAt) {
      const result = await transact([
        {
          // The seats held: room beside those booked and held as read (a condition can't add attributes up:
          // booked ≤ capacity − seats − held-as-read, and held no more than as read).
          Update: {
            TableName: table(),
            Key: keys.counter(entry.slotId),
            UpdateExpression: "SET heldCount = if_not_exists(heldCount, :zero) + :seats, vacated = :false ADD waitingCount :minusOne",
            ConditionExpression: "bookable = :true AND #capacity = :capacity AND bookedCount <= :maxBooked AND (attribute_not_exists(heldCount) OR heldCount <= :held)",
            ExpressionAttributeNames: { "#capacity": "capacity" },
            ExpressionAttributeValues: {
              ":zero": 0,
              ":seats": entry.seats,
              ":false": false,
              ":true": true,
              ":minusOne": -1,
              ":capacity": seats.capacity,
              ":maxBooked": seats.capacity - entry.seats - seats.heldCount,
              ":held": seats.heldCount,
            },
          },
        },
        {
          Update: {
            TableName: table(),
            Key: keys.waitlistEntry(entry.slotId, entry.fanId),
            UpdateExpression: "SET #status = :offered, offeredAt = :at, offerExpiresAt = :expires, dueKey = :dueKey, dueSort = :dueSort",
            ConditionExpression: "#status = :waiting AND joinedAt = :joinedAt",
            ExpressionAttributeNames: { "#status": "status" },
            ExpressionAttributeValues: {
              ":offered": "offered",
              ":waiting": "waiting",
              ":at": offeredAt,
              ":expires": expiresAt,
              ":joinedAt": entry.joinedAt,
              ":dueKey": dueBucket(expiresAt),
              ":dueSort": `${expiresAt}#${entry.id}`,
            },
          },
        },
      ]);
      return result.ok;
    },

    async claim(entry, booking, perFanLimit, now) {
      const result = await transact([
        entryMoves(entry, "claimed", { condition: "offerExpiresAt > :now", set: "claimedAt = :now", values: { ":now": now } }),
        {
          // The held seats become booked ones: nothing else changes hands.
          Update: {
            TableName: table(),
            Key: keys.counter(entry.slotId),
            UpdateExpression: "SET heldCount = heldCount - :seats, bookedCount = bookedCount + :seats, vacated = :false",
            ConditionExpression: "bookable = :true AND heldCount >= :seats",
            ExpressionAttributeValues: { ":seats": entry.seats, ":true": true, ":false": false },
          },
        },
        { Put: { TableName: table(), Item: bookingItem(booking), ConditionExpression: "attribute_not_exists(pk)" } },
        activeCount(entry.fanId, -1),
        ...fanLimitTaken(table(), entry.fanId, entry.eventId, perFanLimit),
      ]);
      if (result.ok) return "claimed";
      if (result.failed[0]) return "expired";
      if (result.failed[1]) return "slot-gone";
      if (result.failed[2]) return "already-booked";
      return "limit-reached";
    },

    async leave(entry) {
      const result = await transact([
        entryMoves(entry, "left"),
        // A waiting fan leaves the count; an offered one gives the held seats back (to the next fan).
        entry.status === "offered"
          ? heldReleased(entry)
          : {
              Update: {
                TableName: table(),
                Key: keys.counter(entry.slotId),
                UpdateExpression: "SET vacated = :false ADD waitingCount :minusOne",
                ExpressionAttributeValues: { ":minusOne": -1, ":false": false },
              },
            },
        activeCount(entry.fanId, -1),
      ]);
      return result.ok;
    },

    async expire(entry, now) {
      const result = await transact([entryMoves(entry, "expired", { condition: "offerExpiresAt <= :now", values: { ":now": now } }), heldReleased(entry), activeCount(entry.fanId, -1)]);
      return result.ok;
    },

    async dueOffers(now) {
      const buckets = Array.from({ length: sweepHours + 1 }, (_, hoursAgo) => dueBucket(new Date(now.getTime() - hoursAgo * 3600_000).toISOString()));
      const pages = await Promise.all(
        buckets.map((bucket) =>
          queryAll({
            IndexName: "byDue",
            KeyConditionExpression: "dueKey = :bucket AND dueSort <= :now",
            ExpressionAttributeValues: { ":bucket": bucket, ":now": `${now.toISOString()}#~` },
          }),
        ),
      );
      return pages.flat().filter((item) => item.itemType === itemType.waitlistEntry).map(entryFromItem);
    },
  };
}

export type { WaitlistEntryRecord };
