import { itemType } from "@slotbook/core";

/**
 * The notifier's wiring, one source for the Notifications stack (event source mapping) and the local
 * stream poller: its handler, and the stream filter that wakes it only for bookings added or removed.
 * Filters are EventBridge-style patterns on the stream record; a record matching any one passes.
 */
export const notifierFunction = {
  handler: "packages/functions/src/notifier/handler.handler",
  filters: [
    { eventName: ["INSERT"], dynamodb: { NewImage: { itemType: { S: [itemType.booking] } } } },
    { eventName: ["REMOVE"], dynamodb: { OldImage: { itemType: { S: [itemType.booking] } } } },
  ],
  batchSize: 25,
  /** Retries of a failing batch before its records go to the on-failure queue. */
  retryAttempts: 10,
} as const;
