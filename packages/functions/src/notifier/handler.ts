import {
  bookingChangeOf,
  cognitoClient,
  cognitoIdentity,
  config,
  createNotifier,
  dynamoEventStore,
  dynamoSentMailLog,
  sesMailSender,
  type Notifier,
} from "@slotbook/core";
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from "aws-lambda";
import { logger } from "../http/logger";

let notifier: Notifier | undefined;
const notifications = () =>
  (notifier ??= createNotifier({
    mail: sesMailSender(),
    sentLog: dynamoSentMailLog(),
    events: dynamoEventStore(),
    directory: cognitoIdentity(cognitoClient(), { userPoolId: config().userPoolId, clientId: config().userPoolClientId }),
    siteUrl: config().siteUrl,
    sender: config().senderEmail,
  }));

/** Records are independent (the sent-mail log, not their order, keeps each email to once): a few at a time. */
const concurrentRecords = 10;

async function notify(record: DynamoDBRecord): Promise<boolean> {
  const change = bookingChangeOf(record);
  if (!change) return true;
  try {
    if (change.change === "created") await notifications().bookingCreated(change.booking);
    else await notifications().bookingRemoved(change.booking);
    logger.info("notified", { change: change.change, bookingId: change.booking.id });
    return true;
  } catch (error) {
    logger.warn("notification failed; the record will be retried", { change: change.change, bookingId: change.booking.id, error: error as Error });
    return false;
  }
}

/**
 * The table stream's consumer: each booking added → confirmation + organiser notice; each booking removed →
 * both cancellation notices. A record that fails is reported alone (ReportBatchItemFailures), so it is
 * retried without holding up or resending the others.
 */
export async function handler(event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> {
  const batchItemFailures: DynamoDBBatchResponse["batchItemFailures"] = [];
  for (let start = 0; start < event.Records.length; start += concurrentRecords) {
    const records = event.Records.slice(start, start + concurrentRecords);
    const delivered = await Promise.all(records.map(notify));
    records.forEach((record, i) => {
      if (!delivered[i]) batchItemFailures.push({ itemIdentifier: record.dynamodb?.SequenceNumber ?? record.eventID ?? "" });
    });
  }
  return { batchItemFailures };
}
