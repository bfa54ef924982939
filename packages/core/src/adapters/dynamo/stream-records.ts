import { unmarshall } from "@aws-sdk/util-dynamodb";
import type { AttributeValue, DynamoDBRecord } from "aws-lambda";
import type { BookingRecord } from "../../bookings/records";
import type { EventRecord } from "../../events/records";
import { bookingFromItem, eventFromItem, itemType } from "./items";

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
