import { DeleteCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { SentMailLog } from "../../notifications/notifier";
import { tableClient, tableName } from "./document-client";
import { itemType } from "./items";
import { withRetries } from "./retry";

/** Longer than the notifier may run (its timeout), so a live attempt's claim is never taken over. */
const claimLeaseMs = 2 * 60_000;
const keepForSeconds = 30 * 24 * 3600;

const key = (bookingKey: string, kind: string) => ({ pk: `EMAIL#${bookingKey}`, sk: kind });

export function dynamoSentMailLog(): SentMailLog {
  return {
    async claim(bookingKey, kind) {
      const now = Date.now();
      try {
        await withRetries(() =>
          tableClient().send(
            new UpdateCommand({
              TableName: tableName(),
              Key: key(bookingKey, kind),
              UpdateExpression: "SET #state = :claimed, claimedAt = :now, expiresAt = :expires, itemType = :type",
              ConditionExpression: "attribute_not_exists(pk) OR (#state = :claimed AND claimedAt < :staleBefore)",
              ExpressionAttributeNames: { "#state": "state" },
              ExpressionAttributeValues: {
                ":claimed": "claimed",
                ":now": now,
                ":staleBefore": now - claimLeaseMs,
                ":expires": Math.floor(now / 1000) + keepForSeconds,
                ":type": itemType.sentMail,
              },
              ReturnValuesOnConditionCheckFailure: "ALL_OLD",
            }),
          ),
        );
        return "go";
      } catch (error) {
        if ((error as { name?: string }).name !== "ConditionalCheckFailedException") throw error;
        const old = (error as { Item?: Record<string, { S?: string }> }).Item;
        return old?.state?.S === "sent" ? "done" : "busy";
      }
    },

    async markSent(bookingKey, kind) {
      await withRetries(() =>
        tableClient().send(
          new UpdateCommand({ TableName: tableName(), Key: key(bookingKey, kind), UpdateExpression: "SET #state = :sent", ExpressionAttributeNames: { "#state": "state" }, ExpressionAttributeValues: { ":sent": "sent" } }),
        ),
      );
    },

    async release(bookingKey, kind) {
      await withRetries(() =>
        tableClient().send(
          new DeleteCommand({ TableName: tableName(), Key: key(bookingKey, kind), ConditionExpression: "#state = :claimed", ExpressionAttributeNames: { "#state": "state" }, ExpressionAttributeValues: { ":claimed": "claimed" } }),
        ),
      ).catch(() => {});
    },
  };
}
