import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { BookingDetailsWriter } from "../../notifications/notifier";
import { tableClient, tableName } from "./document-client";
import { bookingItem, keys } from "./items";
import { withRetries } from "./retry";

/**
 * Brings a booking's copy of its event (title, date, zone, the slot's times) up to date after the organiser
 * changed the event: one conditional write, so a booking cancelled or re-made meanwhile is never recreated,
 * and a copy that already holds a later revision is never set back. Its index sort keys follow its start.
 */
export function dynamoBookingDetails(): BookingDetailsWriter {
  return {
    async bringUpToDate(booking) {
      const revision = booking.eventRevision ?? 0;
      const { ownerSort } = bookingItem(booking);
      try {
        await withRetries(() =>
          tableClient().send(
            new UpdateCommand({
              TableName: tableName(),
              Key: keys.booking(booking.slotId, booking.fanId),
              UpdateExpression: "SET #event = :event, startsAt = :startsAt, endsAt = :endsAt, eventRevision = :revision, ownerSort = :ownerSort",
              ConditionExpression: "attribute_exists(pk) AND createdAt = :createdAt AND (attribute_not_exists(eventRevision) OR eventRevision <= :revision)",
              ExpressionAttributeNames: { "#event": "event" },
              ExpressionAttributeValues: {
                ":event": booking.event,
                ":startsAt": booking.startsAt,
                ":endsAt": booking.endsAt,
                ":revision": revision,
                ":ownerSort": ownerSort,
                ":createdAt": booking.createdAt,
              },
              ReturnValuesOnConditionCheckFailure: "ALL_OLD",
            }),
          ),
        );
        return "updated";
      } catch (error) {
        if ((error as { name?: string }).name !== "ConditionalCheckFailedException") throw error;
        const old = (error as { Item?: Record<string, { S?: string; N?: string }> }).Item;
        if (!old || old.createdAt?.S !== booking.createdAt) return "gone";
        return "newer";
      }
    },
  };
}
