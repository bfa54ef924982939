import { itemType } from "@slotbook/core";
import type { FunctionAccess } from "../http/route-spec";

/**
 * The notifier's wiring, one source for the Notifications stack (event source mapping) and the local
 * stream poller: its handler, and the stream filter that wakes it only for bookings added or removed and
 * for event changes that booked fans must hear of.
 * Filters are EventBridge-style patterns on the stream record; a record matching any one passes.
 */
export const notifierFunction = {
  handler: "packages/functions/src/notifier/handler.handler",
  filters: [
    { eventName: ["INSERT"], dynamodb: { NewImage: { itemType: { S: [itemType.booking] } } } },
    { eventName: ["REMOVE"], dynamodb: { OldImage: { itemType: { S: [itemType.booking] } } } },
    // An event change that raised its revision (the event store marks exactly those writes `revised`).
    { eventName: ["MODIFY"], dynamodb: { NewImage: { itemType: { S: [itemType.event] }, revised: { BOOL: [true] } } } },
    // Seats freed on a slot (its counter written `vacated`): the waitlist offers them.
    { eventName: ["MODIFY"], dynamodb: { NewImage: { itemType: { S: [itemType.counter] }, vacated: { BOOL: [true] } } } },
    // A waitlist offer made: its fan is told.
    { eventName: ["MODIFY"], dynamodb: { NewImage: { itemType: { S: [itemType.waitlistEntry] }, status: { S: ["offered"] } } } },
  ],
  batchSize: 25,
  /** Retries of a failing batch before its records go to the on-failure queue. */
  retryAttempts: 10,
  /**
   * Its IAM permissions (the Notifications stack builds its policy from this; the parity test checks it):
   * the event and the sent-mail log that keeps every email to once, the recipients' accounts, SES; after an
   * event change, its bookings (Query) and their copies of its details (UpdateItem); for the waitlist, a slot's
   * counter and queue (GetItem, Query) and each offer's one transaction (UpdateItem); texts to fans who opted
   * in (SNS, phone numbers only).
   */
  access: { table: ["GetItem", "Query", "UpdateItem", "DeleteItem"], sendMail: true, sendSms: true } as FunctionAccess,
} as const;
