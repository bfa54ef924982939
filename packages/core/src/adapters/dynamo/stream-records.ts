import { unmarshall } from "@aws-sdk/util-dynamodb";
import type { AttributeValue, DynamoDBRecord } from "aws-lambda";
import type { BookingRecord } from "../../bookings/records";
import type { EventRecord } from "../../events/records";
import type { WaitlistEntryRecord } from "../../waitlist/records";
import { bookingFromItem, entryFromItem, eventFromItem, itemType } from "./items";

export type BookingChange = { change: "created" | "removed"; booking: BookingRecord };
export type EventRevision = { before: EventRecord; after: EventRecord };

const image = (value: Record<string, AttributeValue> | undefined) => (value ? unmarshall(value as Parameters<typeof unmarshall>[0]) : undefined);

/** A table stream record → the booking change it carries, or undefined for any other item or change. */
export function bookingChangeOf(record: DynamoDBRecord): BookingChange | undefined {
  const newImage = image(record.dynamodb?.NewImage);
  const oldImage = image(record.dynamodb?.OldImage);
  if (record.eventName === "INSERT" && newImage?.itemType === itemType.booking) return { change: "created", booking: bookingFromItem(newImage) };
  if (record.eventName === "REMOVE" && oldImage?.itemType === itemType.booking) return { change: "removed", booking: bookingFromItem(oldImage) };
  return undefined;
}

/** A table stream record → the event before and after a change that raised its revision, or undefined. */
export function eventRevisionOf(record: DynamoDBRecord): EventRevision | undefined {
  if (record.eventName !== "MODIFY") return undefined;
  const newImage = image(record.dynamodb?.NewImage);
  const oldImage = image(record.dynamodb?.OldImage);
  if (newImage?.itemType !== itemType.event || oldImage?.itemType !== itemType.event) return undefined;
  const before = eventFromItem(oldImage);
  const after = eventFromItem(newImage);
  return (after.revision ?? 0) > (before.revision ?? 0) ? { before, after } : undefined;
}

export type WaitlistWork = { work: "offer-vacancies"; slotId: string } | { work: "tell-offer"; entry: WaitlistEntryRecord };

/**
 * A table stream record → the waitlist work it asks for: a slot's counter written with `vacated` (seats
 * freed: a cancel, an offer given back, more capacity) → offer them; an entry just offered → tell its fan.
 */
export function waitlistWorkOf(record: DynamoDBRecord): WaitlistWork | undefined {
  if (record.eventName !== "MODIFY") return undefined;
  const newImage = image(record.dynamodb?.NewImage);
  const oldImage = image(record.dynamodb?.OldImage);
  if (newImage?.itemType === itemType.counter && newImage.vacated === true && Number(newImage.waitingCount ?? 0) > 0) return { work: "offer-vacancies", slotId: String(newImage.slotId) };
  if (newImage?.itemType === itemType.waitlistEntry && newImage.status === "offered" && oldImage?.status !== "offered") return { work: "tell-offer", entry: entryFromItem(newImage) };
  return undefined;
}
