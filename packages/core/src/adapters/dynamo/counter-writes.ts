import type { SlotChange } from "../../events/event-store";
import { slotDefinitionKey, type SlotDefinition } from "../../events/records";
import { indexKeys, itemType, keys } from "./items";

/**
 * Counter items are created by whichever write first needs them (a booking, or an update that must pin a
 * slot's capacity): every write sets the identifying attributes if missing.
 */
export function counterUpsert(slot: SlotDefinition, eventId: string) {
  return {
    set: [
      "bookedCount = if_not_exists(bookedCount, :zero)",
      "slotId = :slotId",
      "eventId = :eventId",
      "eventKey = :eventKey",
      "eventSort = :eventSort",
      "itemType = :counterType",
    ],
    values: {
      ":zero": 0,
      ":slotId": slot.id,
      ":eventId": eventId,
      ":eventKey": indexKeys.eventChildren(eventId),
      ":eventSort": indexKeys.counterSort(slot.id),
      ":counterType": itemType.counter,
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
