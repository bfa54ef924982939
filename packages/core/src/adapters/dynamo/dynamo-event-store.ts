import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { EventStore, Page, PublicEventRecord } from "../../events/event-store";
import type { EventRecord, SlotCounter } from "../../events/records";
import { counterChange, counterOpening, counterUpsert } from "./counter-writes";
import { scheduleReminders } from "./reminder-items";
import { decodeCursor, encodeCursor } from "./cursor";
import { tableClient, tableName } from "./document-client";
import { bookingFromItem, counterFromItem, eventFromItem, eventItem, indexKeys, keys, publicPageFromItem, publicPageItem } from "./items";
import { batchGet, queryAll, queryPage } from "./reads";
import { withRetries } from "./retry";
import { transact } from "./transact";

/** Each list's cursors are signed for that list (and its caller): one list's cursor is refused by another. */
const cursorScopes = { adminEvents: (adminId: string) => `events-of-admin:${adminId}`, published: "published-events" };

/** A list page carries at most this many slots, so its live counts take one BatchGetItem (100 keys). */
const slotsPerPage = 100;

/** Keeps a page's items while their slots fit one counter read; the cursor then resumes after the last kept item. */
function trimToSlotBudget<T extends { slots: unknown[] }>(
  items: T[],
  itemKey: (item: T) => Record<string, string>,
  lastKey: Record<string, string> | undefined,
  cursorScope: string,
): Page<T> {
  let slots = 0;
  const kept: T[] = [];
  for (const item of items) {
    if (kept.length > 0 && slots + item.slots.length > slotsPerPage) {
      return { items: kept, cursor: encodeCursor(cursorScope, itemKey(kept[kept.length - 1]!)) };
    }
    kept.push(item);
    slots += item.slots.length;
  }
  return { items: kept, cursor: encodeCursor(cursorScope, lastKey) };
}

/**
 * `revised` is on the stream's new image of exactly the writes that raised the event's revision: the
 * notifier's stream filter wakes it for those (a filter can't compare the old and new images itself).
 * Every put sets it, so it never outlives the write it describes.
 */
const putEvent = (event: EventRecord, condition: string, values: Record<string, unknown>, revised = false) => ({
  Put: { TableName: tableName(), Item: { ...eventItem(event), revised }, ConditionExpression: condition, ExpressionAttributeValues: values },
});

export function dynamoEventStore(): EventStore {
  const client = tableClient;
  const table = tableName;
  const counters = (items: Record<string, unknown>[]) => new Map<string, SlotCounter>(items.map((item) => [String(item.slotId), counterFromItem(item)]));

  return {
    async create(event) {
      await withRetries(() => client().send(new PutCommand({ TableName: table(), Item: eventItem(event), ConditionExpression: "attribute_not_exists(pk)" })));
    },

    async get(eventId) {
      const result = await withRetries(() => client().send(new GetCommand({ TableName: table(), Key: keys.event(eventId), ConsistentRead: true })));
      return result.Item ? eventFromItem(result.Item) : undefined;
    },

    async countersOfSlots(slotIds) {
      return counters(await batchGet(slotIds.map((slotId) => keys.counter(slotId))));
    },

    async openSlots(event) {
      // A few dozen at a time: quick for 200 slots, gentle on the table.
      for (let start = 0; start < event.slots.length; start += 25) {
        await Promise.all(
          event.slots.slice(start, start + 25).map((slot) =>
            withRetries(() => client().send(new UpdateCommand({ TableName: table(), ...counterOpening(event, slot) }))).then(
              // Its reminders, once its counter holds this version's copy (the sweep checks each against it).
              () => scheduleReminders(event, slot),
              (error: { name?: string }) => {
                // A later version of the event already wrote this counter, or the slot was removed: nothing to do.
                if (error.name !== "ConditionalCheckFailedException") throw error;
              },
            ),
          ),
        );
      }
    },

    async listByAdmin(adminId, limit, cursor) {
      const page = await queryPage({
        IndexName: "byOwner",
        KeyConditionExpression: "ownerKey = :owner",
        ExpressionAttributeValues: { ":owner": indexKeys.adminEvents(adminId) },
        ScanIndexForward: false,
        Limit: limit,
        ExclusiveStartKey: decodeCursor(cursorScopes.adminEvents(adminId), cursor),
      });
      const events = page.items.map(eventFromItem).filter((event) => !event.deletedAt);
      const ofEvent = (event: EventRecord) => ({ ...keys.event(event.id), ownerKey: indexKeys.adminEvents(adminId), ownerSort: `${event.createdAt}#${event.id}` });
      return trimToSlotBudget(events, ofEvent, page.lastKey, cursorScopes.adminEvents(adminId));
    },

    async update(event, previousVersion, changes, publicPage, options) {
      const result = await transact([
        putEvent(event, "version = :previous AND attribute_not_exists(deletedAt)", { ":previous": previousVersion }, options?.revised === true),
        ...changes.map((change) => ({ Update: { TableName: table(), ...counterChange(change, event.id) } })),
        ...(publicPage ? [{ Put: { TableName: table(), Item: publicPageItem(publicPage), ConditionExpression: "eventId = :eventId", ExpressionAttributeValues: { ":eventId": event.id } } }] : []),
      ]);
      if (result.ok) return { ok: true };
      if (result.failed[0]) return { ok: false, reason: "stale" };
      const failedChange = changes.find((_change, index) => result.failed[index + 1]);
      return failedChange ? { ok: false, reason: "has-bookings", slotId: failedChange.slot.id } : { ok: false, reason: "stale" };
    },

    async publish(event, previousVersion, publicPage) {
      const result = await transact([
        putEvent(event, "version = :previous AND isPublished = :false AND attribute_not_exists(deletedAt)", { ":previous": previousVersion, ":false": false }),
        { Put: { TableName: table(), Item: publicPageItem(publicPage), ConditionExpression: "attribute_not_exists(pk)" } },
      ]);
      if (result.ok) return "published";
      return result.failed[1] && !result.failed[0] ? "slug-taken" : "stale";
    },

    async getPublic(slug) {
      const result = await withRetries(() => client().send(new GetCommand({ TableName: table(), Key: keys.publicPage(slug) })));
      return result.Item ? publicPageFromItem(result.Item) : undefined;
    },

    async listPublished(startingFrom, limit, cursor) {
      const page = await queryPage({
        IndexName: "byPublication",
        KeyConditionExpression: "publishedKey = :published AND publishedSort >= :from",
        ExpressionAttributeValues: { ":published": indexKeys.published, ":from": startingFrom },
        Limit: limit,
        ExclusiveStartKey: decodeCursor(cursorScopes.published, cursor),
      });
      const pages = page.items.map(publicPageFromItem).filter((item): item is PublicEventRecord => item !== undefined);
      const ofPage = (item: PublicEventRecord) => ({ ...keys.publicPage(item.slug), publishedKey: indexKeys.published, publishedSort: `${item.startsAt}#${item.eventId}` });
      return trimToSlotBudget(pages, ofPage, page.lastKey, cursorScopes.published);
    },

    async markDeleting(event) {
      const at = new Date().toISOString();
      const result = await transact([
        { Update: { TableName: table(), Key: keys.event(event.id), UpdateExpression: "SET deletedAt = :at", ConditionExpression: "attribute_exists(pk)", ExpressionAttributeValues: { ":at": at } } },
        ...(event.slug
          ? [{ Update: { TableName: table(), Key: keys.publicPage(event.slug), UpdateExpression: "SET deleted = :true REMOVE publishedKey, publishedSort", ExpressionAttributeValues: { ":true": true } } }]
          : []),
      ]);
      if (!result.ok) throw new Error(`Could not mark event ${event.id} as deleting.`);
    },

    async purge(event) {
      let bookingsCancelled = 0;
      // Every slot closed first, so no booking commits anywhere in the event while the bookings go (should the
      // clean-up stop part-way, nothing of the event stays bookable). A few slots at a time: quick, no flood.
      for (let start = 0; start < event.slots.length; start += 8) await Promise.all(event.slots.slice(start, start + 8).map((slot) => closeSlot(event.id, slot)));
      for (let start = 0; start < event.slots.length; start += 4) {
        const counts = await Promise.all(event.slots.slice(start, start + 4).map((slot) => purgeSlot(slot)));
        bookingsCancelled += counts.reduce((sum, count) => sum + count, 0);
      }
      await withRetries(() => client().send(new DeleteCommand({ TableName: table(), Key: keys.event(event.id) })));
      return { bookingsCancelled };
    },
  };

  /** Closes the slot's counter: no booking can commit on it after that. */
  async function closeSlot(eventId: string, slot: EventRecord["slots"][number]): Promise<void> {
    const upsert = counterUpsert(slot, eventId);
    await withRetries(() =>
      client().send(
        new UpdateCommand({
          TableName: table(),
          Key: keys.counter(slot.id),
          UpdateExpression: `SET ${[...upsert.set, "removed = :true", "#capacity = if_not_exists(#capacity, :capacity)"].join(", ")}`,
          ExpressionAttributeNames: { "#capacity": "capacity" },
          ExpressionAttributeValues: { ...upsert.values, ":true": true, ":capacity": slot.capacity },
        }),
      ),
    );
  }

  /**
   * Cancels each booking of a closed slot with its seat, so the table's stream carries one removal per booking
   * for the notifier, then drops the counter.
   */
  async function purgeSlot(slot: EventRecord["slots"][number]): Promise<number> {
    const bookings = (
      await queryAll({
        KeyConditionExpression: "pk = :pk AND begins_with(sk, :bookings)",
        ExpressionAttributeValues: { ":pk": keys.counter(slot.id).pk, ":bookings": "BOOKING#" },
        ConsistentRead: true,
      })
    ).map(bookingFromItem);
    for (let start = 0; start < bookings.length; start += 99) {
      const chunk = bookings.slice(start, start + 99);
      const result = await transact([
        ...chunk.map((booking) => ({ Delete: { TableName: table(), Key: keys.booking(booking.slotId, booking.fanId) } })),
        { Update: { TableName: table(), Key: keys.counter(slot.id), UpdateExpression: "SET bookedCount = bookedCount - :n", ExpressionAttributeValues: { ":n": chunk.length } } },
      ]);
      if (!result.ok) throw new Error(`Could not cancel the bookings of slot ${slot.id}.`);
    }
    await withRetries(() => client().send(new DeleteCommand({ TableName: table(), Key: keys.counter(slot.id) })));
    return bookings.length;
  }
}
