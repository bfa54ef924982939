import { fileSharePages, fileSiteShell } from "@slotbook/core/adapters/site/file-share-pages";
import { sharePageChangeOf, type SharePageChange } from "@slotbook/core/adapters/site/page-stream";
import { s3SharePages, s3SiteShell } from "@slotbook/core/adapters/site/s3-share-pages";
import { config, setting } from "@slotbook/core/config";
import { createSharePagePublisher, type SharePagePublisher } from "@slotbook/core/pages/share-page-publisher";
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from "aws-lambda";
import { logger } from "../http/logger";

let publisher: SharePagePublisher | undefined;
/**
 * The storage port's adapter by configuration: the local cloud names a folder (and the shell file it serves),
 * a stage names its site bucket and KeyValueStore. The publisher itself is the same either way.
 */
const sharePages = () => {
  if (publisher) return publisher;
  const { sharePagesDir } = config();
  if (sharePagesDir) {
    publisher = createSharePagePublisher({ pages: fileSharePages(sharePagesDir), shell: fileSiteShell(setting("siteShellFile")), siteUrl: setting("siteUrl") });
  } else {
    const site = { region: config().region, bucket: setting("siteBucket"), kvsArn: setting("sharePagesKvsArn") };
    publisher = createSharePagePublisher({ pages: s3SharePages(site), shell: s3SiteShell(site), siteUrl: setting("siteUrl") });
  }
  return publisher;
};

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
