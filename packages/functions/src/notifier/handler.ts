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
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from "aws-lambda";
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

/**
 * The table stream's consumer: each booking added → confirmation + organiser notice; each booking removed →
 * both cancellation notices. A record that fails is reported alone (ReportBatchItemFailures), so it is
 * retried without holding up or resending the others.
 */
export async function handler(event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> {
  const batchItemFailures: DynamoDBBatchResponse["batchItemFailures"] = [];
  for (const record of event.Records) {
    const change = bookingChangeOf(record);
    if (!change) continue;
    try {
      if (change.change === "created") await notifications().bookingCreated(change.booking);
      else await notifications().bookingRemoved(change.booking);
      logger.info("notified", { change: change.change, bookingId: change.booking.id });
    } catch (error) {
      logger.warn("notification failed; the record will be retried", { change: change.change, bookingId: change.booking.id, error: error as Error });
      batchItemFailures.push({ itemIdentifier: record.dynamodb?.SequenceNumber ?? record.eventID ?? "" });
    }
  }
  return { batchItemFailures };
}
