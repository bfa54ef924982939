import { itemType } from "@slotbook/core/adapters/dynamo/items";
import type { FunctionAccess } from "../http/route-spec";

/**
 * The share-page publisher's wiring, one source for the Web stack (its event source mapping and policy) and
 * the local stream poller: its handler, and the stream filter that wakes it only for public page items
 * (an event published or changed, its page marked deleted, or the item removed).
 */
export const sharePagePublisher = {
  handler: "packages/functions/src/share-pages/handler.handler",
  filters: [
    { eventName: ["INSERT", "MODIFY"], dynamodb: { NewImage: { itemType: { S: [itemType.publicPage] } } } },
    { eventName: ["REMOVE"], dynamodb: { OldImage: { itemType: { S: [itemType.publicPage] } } } },
  ],
  batchSize: 25,
  /** Retries of a failing batch before its records go to the on-failure queue. */
  retryAttempts: 10,
  /** Its IAM permissions: pages under `e/` in the site bucket, the site's shell, the KeyValueStore of slugs. */
  access: { sharePages: "publish" } as FunctionAccess,
} as const;

/**
 * After each deploy, every published page rendered again into the new shell (the Web stack runs it from a
 * Script once the site is uploaded): it lists them on the byPublication index and writes as the publisher does.
 */
export const sharePageRepublisher = {
  handler: "packages/functions/src/share-pages/republish.handler",
  access: { indexes: ["byPublication"], sharePages: "render" } as FunctionAccess,
} as const;
