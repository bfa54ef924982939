import { dynamoBookingDetails } from "@slotbook/core/adapters/dynamo/dynamo-booking-details";
import { dynamoBookingMoves } from "@slotbook/core/adapters/dynamo/dynamo-booking-moves";
import { dynamoBookingStore } from "@slotbook/core/adapters/dynamo/dynamo-booking-store";
import { dynamoEventStore } from "@slotbook/core/adapters/dynamo/dynamo-event-store";
import { dynamoProfileStore } from "@slotbook/core/adapters/dynamo/dynamo-profile-store";
import { dynamoSentMailLog } from "@slotbook/core/adapters/dynamo/dynamo-sent-mail-log";
import { bookingChangeOf, eventRevisionOf, waitlistWorkOf } from "@slotbook/core/adapters/dynamo/stream-records";
import { dynamoWaitlistStore } from "@slotbook/core/adapters/dynamo/dynamo-waitlist-store";
import { parseOfferWindows } from "@slotbook/core/waitlist/offer-window";
import { createWaitlistOffers, type WaitlistOffers } from "@slotbook/core/waitlist/offers";
import { sesMailSender } from "@slotbook/core/adapters/ses/ses-mail-sender";
import { setting } from "@slotbook/core/config";
import { createNotifier, type Notifier } from "@slotbook/core/notifications/notifier";
import { createSmsNotices, type SmsNotices } from "@slotbook/core/notifications/sms-notices";
import { snsSmsSender } from "@slotbook/core/adapters/sns/sns-sms-sender";
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from "aws-lambda";
import { logger } from "../http/logger";

let notifier: Notifier | undefined;
const notifications = () =>
  (notifier ??= createNotifier({
    mail: sesMailSender(),
    sentLog: dynamoSentMailLog(),
    events: dynamoEventStore(),
    bookings: { listBySlots: (slotIds) => dynamoBookingStore().listBySlots(slotIds), ...dynamoBookingDetails() },
    profiles: dynamoProfileStore(),
    moves: dynamoBookingMoves(),
    siteUrl: setting("siteUrl"),
    sender: setting("senderEmail"),
  }));

let smsService: SmsNotices | undefined;
/** Texts beside the emails, for fans who opted in; a refused one is logged with the number masked. */
const sms = () =>
  (smsService ??= createSmsNotices({
    sms: snsSmsSender(),
    sentLog: dynamoSentMailLog(),
    profiles: dynamoProfileStore(),
    siteUrl: setting("siteUrl"),
    onRefused: (refusal) => logger.warn("text message refused by the SMS service; not retried", { ...refusal }),
  }));

/** The email and the text are both attempted; if either fails the record is retried (what was sent is then skipped). */
async function both(...sends: Array<() => Promise<unknown>>) {
  const results = await Promise.allSettled(sends.map((send) => send()));
  const failed = results.find((result): result is PromiseRejectedResult => result.status === "rejected");
  if (failed) throw failed.reason;
}

let waitlistOffers: WaitlistOffers | undefined;
const waitlist = () => (waitlistOffers ??= createWaitlistOffers(dynamoWaitlistStore(), { offerWindows: parseOfferWindows(process.env.WAITLIST_OFFER_WINDOWS) }));

/** Records are independent (the sent-mail log, not their order, keeps each email to once): a few at a time. */
const concurrentRecords = 10;

/** What a record asks of the notifier, named for the log; undefined for records it has nothing to do with. */
function workOf(record: DynamoDBRecord): { what: Record<string, string>; run: () => Promise<void> } | undefined {
  const change = bookingChangeOf(record);
  if (change) {
    return {
      what: { change: change.change, bookingId: change.booking.id },
      run: () =>
        change.change === "created"
          ? both(() => notifications().bookingCreated(change.booking), () => sms().bookingConfirmed(change.booking))
          : notifications().bookingRemoved(change.booking),
    };
  }
  const waitlistWork = waitlistWorkOf(record);
  if (waitlistWork?.work === "offer-vacancies") {
    return { what: { change: "seats-freed", slotId: waitlistWork.slotId }, run: async () => void (await waitlist().offerVacancies(waitlistWork.slotId)) };
  }
  if (waitlistWork?.work === "tell-offer") {
    return { what: { change: "offer-made", entryId: waitlistWork.entry.id }, run: () => both(() => notifications().offerMade(waitlistWork.entry), () => sms().offerMade(waitlistWork.entry)) };
  }
  const revision = eventRevisionOf(record);
  if (revision) {
    return {
      what: { change: "event-revised", eventId: revision.after.id, revision: String(revision.after.revision) },
      run: () => notifications().eventRevised(revision.before, revision.after),
    };
  }
  return undefined;
}

async function notify(record: DynamoDBRecord): Promise<boolean> {
  const work = workOf(record);
  if (!work) return true;
  try {
    await work.run();
    logger.info("notified", work.what);
    return true;
  } catch (error) {
    logger.warn("notification failed; the record will be retried", { ...work.what, error: error as Error });
    return false;
  }
}

/**
 * The table stream's consumer: each booking added → confirmation + organiser notice; each booking removed →
 * both cancellation notices; each event change its fans would see → an updated invite to each of them. A record that fails is reported alone (ReportBatchItemFailures), so it is
 * retried without holding up or resending the others.
 */
export async function handler(event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> {
  const batchItemFailures: DynamoDBBatchResponse["batchItemFailures"] = [];
  // Seats freed on one slot several times in a batch (a wave of cancellations) need one look at its waitlist,
  // which reads the slot as it is now: the others would only race it for the same offers.
  const slotsSeen = new Set<string>();
  const work = event.Records.filter((record) => {
    const waitlistWork = waitlistWorkOf(record);
    if (waitlistWork?.work !== "offer-vacancies") return true;
    if (slotsSeen.has(waitlistWork.slotId)) return false;
    slotsSeen.add(waitlistWork.slotId);
    return true;
  });
  for (let start = 0; start < work.length; start += concurrentRecords) {
    const records = work.slice(start, start + concurrentRecords);
    const delivered = await Promise.all(records.map(notify));
    records.forEach((record, i) => {
      if (!delivered[i]) batchItemFailures.push({ itemIdentifier: record.dynamodb?.SequenceNumber ?? record.eventID ?? "" });
    });
  }
  return { batchItemFailures };
}
