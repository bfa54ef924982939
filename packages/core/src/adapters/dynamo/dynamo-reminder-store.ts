import { DeleteCommand, GetCommand } from "@aws-sdk/lib-dynamodb";
import type { DueReminder, ReminderStore } from "../../reminders/reminder-store";
import { tableClient, tableName } from "./document-client";
import { bookingFromItem, counterFromItem, keys } from "./items";
import { queryAll } from "./reads";
import { reminderBucket } from "./reminder-items";
import { withRetries } from "./retry";

/**
 * How far back the sweep looks (it runs every minute; a reminder more than this late is no use and is left to
 * the table's TTL).
 */
export const reminderLookbackHours = 6;

export function dynamoReminderStore(): ReminderStore {
  const table = tableName;
  return {
    async due(at) {
      const now = at.toISOString();
      const buckets = Array.from({ length: reminderLookbackHours + 1 }, (_, hoursAgo) => reminderBucket(new Date(at.getTime() - hoursAgo * 3600_000).toISOString()));
      const pages = await Promise.all(
        buckets.map((bucket) =>
          queryAll({ IndexName: "byDue", KeyConditionExpression: "dueKey = :bucket AND dueSort <= :now", ExpressionAttributeValues: { ":bucket": bucket, ":now": `${now}#~` } }),
        ),
      );
      return pages
        .flat()
        .map((item): DueReminder => ({ slotId: String(item.slotId), minutesBefore: Number(item.minutesBefore), dueAt: String(item.dueAt), startsAt: String(item.startsAt) }))
        .sort((a, b) => a.dueAt.localeCompare(b.dueAt));
    },

    async slot(slotId) {
      const result = await withRetries(() => tableClient().send(new GetCommand({ TableName: table(), Key: keys.counter(slotId), ConsistentRead: true })));
      return result.Item ? counterFromItem(result.Item) : undefined;
    },

    async bookings(slotId) {
      const items = await queryAll({
        KeyConditionExpression: "pk = :pk AND begins_with(sk, :bookings)",
        ExpressionAttributeValues: { ":pk": keys.counter(slotId).pk, ":bookings": "BOOKING#" },
        ConsistentRead: true,
      });
      return items.map(bookingFromItem);
    },

    async done(reminder) {
      await withRetries(() => tableClient().send(new DeleteCommand({ TableName: table(), Key: keys.reminder(reminder.slotId, reminder.dueAt, reminder.minutesBefore) })));
    },
  };
}
