import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { CheckInStore } from "../../bookings/check-in";
import { tableClient, tableName } from "./document-client";
import { bookingFromItem, keys } from "./items";
import { withRetries } from "./retry";

/**
 * Arrival on the booking's own item: one UpdateItem, only if the booking exists, keeping the first arrival
 * time. A booking item changed in place wakes nothing on the stream (the notifier listens for bookings
 * added or removed), so checking in sends no email.
 */
export function dynamoCheckIns(): CheckInStore {
  return {
    async checkIn(slotId, fanId, at) {
      try {
        const result = await withRetries(() =>
          tableClient().send(
            new UpdateCommand({
              TableName: tableName(),
              Key: keys.booking(slotId, fanId),
              UpdateExpression: "SET checkedInAt = if_not_exists(checkedInAt, :at)",
              ConditionExpression: "attribute_exists(pk)",
              ExpressionAttributeValues: { ":at": at },
              ReturnValues: "ALL_NEW",
            }),
          ),
        );
        return result.Attributes ? bookingFromItem(result.Attributes) : undefined;
      } catch (error) {
        if ((error as { name?: string }).name === "ConditionalCheckFailedException") return undefined;
        throw error;
      }
    },
  };
}
