import { PutCommand } from "@aws-sdk/lib-dynamodb";
import { remindersOf, type EventRecord, type SlotDefinition } from "../../events/records";
import type { DueReminder } from "../../reminders/reminder-store";
import { tableClient, tableName } from "./document-client";
import { itemType, keys } from "./items";
import { withRetries } from "./retry";

/**
 * The byDue bucket of a reminder due at an instant: its hour. Reminders have buckets of their own beside the
 * waitlist offers' (DUE#<hour>), so neither sweep reads the other's items.
 */
export const reminderBucket = (at: string) => `DUE#${at.slice(0, 13)}#REMINDERS`;

/** Kept a day past the slot's start, then removed by the table's TTL (a run that never came leaves none behind). */
const keepAfterStartSeconds = 24 * 3600;

/**
 * One slot's reminder, scheduled: beside the slot (SLOT#<id>), keyed by when it is due and its offset, so a
 * reschedule or a changed list writes new items instead of overwriting ones a slower write may still be putting;
 * an item whose slot no longer says so is dropped when it comes due.
 */
export function reminderItem(slot: Pick<SlotDefinition, "id" | "startsAt">, minutesBefore: number) {
  const dueAt = new Date(Date.parse(slot.startsAt) - minutesBefore * 60_000).toISOString();
  const reminder: DueReminder = { slotId: slot.id, minutesBefore, dueAt, startsAt: slot.startsAt };
  return {
    ...keys.reminder(slot.id, dueAt, minutesBefore),
    itemType: itemType.reminder,
    dueKey: reminderBucket(dueAt),
    dueSort: `${dueAt}#${slot.id}#${minutesBefore}`,
    expiresAt: Math.floor(Date.parse(slot.startsAt) / 1000) + keepAfterStartSeconds,
    ...reminder,
  };
}

/** Schedules an open slot's reminders (one put each, at most five): after its counter took the event's copy. */
export async function scheduleReminders(event: EventRecord, slot: SlotDefinition): Promise<void> {
  // A closed slot (unpublished, being deleted) takes no bookings and sends no reminders.
  if (!event.isPublished || !event.slug || event.deletedAt) return;
  await Promise.all(
    remindersOf(event).map((minutesBefore) => withRetries(() => tableClient().send(new PutCommand({ TableName: tableName(), Item: reminderItem(slot, minutesBefore) })))),
  );
}
