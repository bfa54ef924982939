import { Duration } from "aws-cdk-lib";
import { FilterCriteria, StartingPosition } from "aws-cdk-lib/aws-lambda";
import { DynamoEventSource, SqsDlq } from "aws-cdk-lib/aws-lambda-event-sources";
import { EmailIdentity, Identity } from "aws-cdk-lib/aws-ses";
import { Queue } from "aws-cdk-lib/aws-sqs";
import { Cron, Function, use, type StackContext } from "sst/constructs";
import { configEnv } from "@slotbook/core/config";
import { notifierFunction } from "@slotbook/functions/notifier/definition";
import { expireOffersFunction, sendRemindersFunction } from "@slotbook/functions/scheduled/definition";
import { Storage } from "./Storage";
import { Hosting } from "./Hosting";
import { Auth } from "./Auth";
import { Api } from "./Api";
import { accessStatements, senderIdentityArn } from "./function-access";
import { appEnvironment, releaseLinkEnvironment, senderEmail } from "./function-environment";
import { ownsSenderIdentity } from "./stage";
import { smsMonthlySpendLimit, smsSettings } from "./sms-settings";

/** The notifier's reserved (and so maximum) concurrency. Stream shards bound it further; extra work waits in the stream. */
export const notifierConcurrency = 5;

/**
 * Booking emails: the notifier Lambda reads the table's stream (only bookings added or removed, by filter),
 * reports failed records one by one, retries with bisection, and parks records that keep failing in an SQS
 * queue. It may send only from the stage's SES identity.
 */
export function Notifications({ app, stack }: StackContext) {
  const { table } = use(Storage);
  const { siteUrl } = use(Hosting);
  const auth = use(Auth);
  const { releaseLinkKey } = use(Api);
  const sender = senderEmail();

  // An SES identity is account-wide: the stages that own a sender create it; preview stages reuse it.
  const identityArn = ownsSenderIdentity(app)
    ? new EmailIdentity(stack, "Sender", { identity: Identity.email(sender) }).emailIdentityArn
    : senderIdentityArn(stack, sender);

  const failures = new Queue(stack, "NotifierFailures", { retentionPeriod: Duration.days(14) });

  const notifier = new Function(stack, "Notifier", {
    handler: notifierFunction.handler,
    description: "Booking and cancellation emails from the table's stream",
    timeout: "30 seconds",
    // A flood of mail can use at most this many concurrent executions: the API keeps the rest of the account's.
    reservedConcurrentExecutions: notifierConcurrency,
    environment: appEnvironment({ tableName: table.tableName, userPoolId: auth.userPoolId, userPoolClientId: auth.userPoolClientId, siteUrl, senderEmail: sender }),
    // Its declared access (notifier/definition.ts), as for every API route; the event source adds stream reads and the queue.
    permissions: accessStatements(notifierFunction.access, { tableArn: table.tableArn, userPoolArn: auth.cognito.cdk.userPool.userPoolArn, senderIdentityArn: identityArn, senderEmail: sender }, "The notifier"),
  });

  notifier.addEventSource(
    new DynamoEventSource(table.cdk.table, {
      startingPosition: StartingPosition.TRIM_HORIZON,
      batchSize: notifierFunction.batchSize,
      bisectBatchOnError: true,
      retryAttempts: notifierFunction.retryAttempts,
      maxRecordAge: Duration.hours(24),
      reportBatchItemFailures: true,
      onFailure: new SqsDlq(failures),
      filters: notifierFunction.filters.map((pattern) => FilterCriteria.filter(pattern as unknown as Record<string, unknown>)),
    }),
  );

  // Waitlist offers past their time give their seats back, every minute (the local cloud runs the same on a timer).
  const expireOffers = new Cron(stack, "ExpireOffers", {
    schedule: expireOffersFunction.schedule,
    job: {
      function: {
        handler: expireOffersFunction.handler,
        description: "Expires waitlist offers past their time",
        environment: { [configEnv.tableName]: table.tableName },
        permissions: accessStatements(expireOffersFunction.access, { tableArn: table.tableArn, userPoolArn: auth.cognito.cdk.userPool.userPoolArn, senderIdentityArn: identityArn, senderEmail: sender }, "The offer expiry"),
      },
    },
  });

  // Reminders before booked slots, every minute (the local cloud runs the same on a timer): email with a signed
  // release link, so it gets the app's settings and the release-link key (a dynamic reference, resolved at deploy).
  const sendReminders = new Cron(stack, "SendReminders", {
    schedule: sendRemindersFunction.schedule,
    job: {
      function: {
        handler: sendRemindersFunction.handler,
        description: "Reminders before booked slots, with a link to release the seat",
        timeout: `${sendRemindersFunction.timeoutSeconds} seconds`,
        environment: {
          ...appEnvironment({ tableName: table.tableName, userPoolId: auth.userPoolId, userPoolClientId: auth.userPoolClientId, siteUrl, senderEmail: sender }),
          ...releaseLinkEnvironment(releaseLinkKey.secretValue.unsafeUnwrap()),
        },
        permissions: accessStatements(sendRemindersFunction.access, { tableArn: table.tableArn, userPoolArn: auth.cognito.cdk.userPool.userPoolArn, senderIdentityArn: identityArn, senderEmail: sender }, "The reminder sweep"),
      },
    },
  });

  // Texts (SMS) to fans who opted in: SNS's account-wide settings, with the stage's spend limit, set by the
  // stages that own the sender (as for its SES identity; README: "SMS setup per stage").
  if (ownsSenderIdentity(app)) smsSettings(stack, smsMonthlySpendLimit());

  stack.addOutputs({ NotifierFailureQueueUrl: failures.queueUrl, SenderIdentityArn: identityArn });
  return { notifier, failures, expireOffers: expireOffers.jobFunction, sendReminders: sendReminders.jobFunction };
}
