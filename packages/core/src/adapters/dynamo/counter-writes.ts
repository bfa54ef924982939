import type { SlotChange } from "../../events/event-store";
import { bookingContextOf, slotDefinitionKey, type EventRecord, type SlotDefinition } from "../../events/records";
import { itemType, keys } from "./items";

/**
 * Counter items are created by whichever write first needs them (opening the slot for booking, or an update
 * that must pin a slot's capacity): every write sets the identifying attributes if missing. Counters are in
 * no index: each is read by its key, so a booking's write touches no partition shared by the whole event.
 */
export function counterUpsert(slot: SlotDefinition, eventId: string) {
  return {
    set: ["bookedCount = if_not_exists(bookedCount, :zero)", "slotId = :slotId", "eventId = :eventId", "itemType = :counterType"],
    values: { ":zero": 0, ":slotId": slot.id, ":eventId": eventId, ":counterType": itemType.counter },
  };
}

/**
 * Opens one slot for booking with its copy of the event (or closes it, when the event is not published):
 * conditional on no later version having written it, and never on a removed slot.
 */
export function counterOpening(event: EventRecord, slot: SlotDefinition) {
  const upsert = counterUpsert(slot, event.id);
  const open = event.isPublished && Boolean(event.slug) && !event.deletedAt;
  return {
    Key: keys.counter(slot.id),
    UpdateExpression: `SET ${[
      ...upsert.set,
      "#capacity = :capacity",
      "#definition = :definition",
      "bookable = :open",
      "context = :context",
      "copiedVersion = :version",
      // The event changed: seats may have freed up (more capacity), so the waitlist looks (see the stream filter).
      "vacated = :true",
    ].join(", ")}`,
    ConditionExpression: "(attribute_not_exists(copiedVersion) OR copiedVersion < :version) AND attribute_not_exists(removed)",
    ExpressionAttributeNames: { "#capacity": "capacity", "#definition": "definition" },
    ExpressionAttributeValues: {
      ...upsert.values,
      ":capacity": slot.capacity,
      ":definition": slotDefinitionKey(slot),
      ":open": open,
      ":version": event.version,
      ":true": true,
      ":context": bookingContextOf(event, slot),
    },
  };
}

/** The counter write for one slot change of an update: it fails (→ HAS_BOOKINGS) rather than strand a booking. */
export function counterChange(change: SlotChange, eventId: string) {
  const { slot } = change;
  const upsert = counterUpsert(slot, eventId);
  const base = { Key: keys.counter(slot.id), ExpressionAttributeNames: { "#capacity": "capacity", "#definition": "definition" } };
  if (change.kind === "remove") {
    return {
      ...base,
      UpdateExpression: `SET ${[...upsert.set, "removed = :true"].join(", ")}`,
      ConditionExpression: "attribute_not_exists(pk) OR bookedCount = :zero",
      ExpressionAttributeNames: undefined,
      ExpressionAttributeValues: { ...upsert.values, ":true": true },
    };
  }
  const pinned = [...upsert.set, "#capacity = :capacity", "#definition = :definition"];
  return {
    ...base,
    UpdateExpression: `SET ${pinned.join(", ")}`,
    ConditionExpression: change.kind === "reschedule" ? "attribute_not_exists(pk) OR bookedCount = :zero" : "attribute_not_exists(pk) OR bookedCount <= :capacity",
    ExpressionAttributeValues: { ...upsert.values, ":capacity": slot.capacity, ":definition": slotDefinitionKey(slot) },
  };
}

/**
 * One more of an event's slots held by a fan, on an item of the fan's own (never the event's), if under the
 * event's per-fan limit: a part of the transaction that books or claims (none without a limit).
 */
export function fanLimitTaken(table: string, fanId: string, eventId: string, limit: number | null) {
  if (limit === null) return [];
  return [
    {
      Update: {
        TableName: table,
        Key: keys.fanEventLimit(fanId, eventId),
        UpdateExpression: "SET itemType = :limitType ADD heldSlots :one",
        ConditionExpression: "attribute_not_exists(heldSlots) OR heldSlots < :max",
        ExpressionAttributeValues: { ":limitType": itemType.fanLimit, ":one": 1, ":max": limit },
      },
    },
  ];
}
