import { sharePageChangeOf, type SharePageChange } from "@slotbook/core/adapters/site/page-stream";
import { createSharePagePublisher, type SharePagePublisher } from "@slotbook/core/pages/share-page-publisher";
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from "aws-lambda";
import { logger } from "../http/logger";
import { sharePageAdapters } from "./publisher";

let publisher: SharePagePublisher | undefined;
const sharePages = () => (publisher ??= createSharePagePublisher(sharePageAdapters()));

const apply = (change: SharePageChange) => (change.change === "publish" ? sharePages().publish(change.page) : sharePages().remove(change.slug));

/**
 * The table stream's second consumer: each public page record → render and store the event's share page,
 * or take it down. Within a batch only a slug's last record counts (the stream keeps one item's records in
 * order, and the last one says what the page is now); a slug whose write fails is reported by that record,
 * so it is retried, alone, and the others are not redone.
 */
export async function handler(event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> {
  const latest = new Map<string, { record: DynamoDBRecord; change: SharePageChange }>();
  for (const record of event.Records) {
    const change = sharePageChangeOf(record);
    if (change) latest.set(change.slug, { record, change });
  }
  const batchItemFailures: DynamoDBBatchResponse["batchItemFailures"] = [];
  await Promise.all(
    [...latest.values()].map(async ({ record, change }) => {
      try {
        await apply(change);
        logger.info("share page updated", { change: change.change, slug: change.slug });
      } catch (error) {
        logger.warn("share page update failed; the record will be retried", { change: change.change, slug: change.slug, error: error as Error });
        batchItemFailures.push({ itemIdentifier: record.dynamodb?.SequenceNumber ?? record.eventID ?? "" });
      }
    }),
  );
  return { batchItemFailures };
}
