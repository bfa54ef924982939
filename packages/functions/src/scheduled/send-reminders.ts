import { dynamoProfileStore } from "@slotbook/core/adapters/dynamo/dynamo-profile-store";
import { dynamoReminderStore } from "@slotbook/core/adapters/dynamo/dynamo-reminder-store";
import { dynamoSentMailLog } from "@slotbook/core/adapters/dynamo/dynamo-sent-mail-log";
import { sesPlainMailSender } from "@slotbook/core/adapters/ses/ses-plain-mail-sender";
import { setting } from "@slotbook/core/config";
import { emailReminders } from "@slotbook/core/reminders/email-channel";
import { smsReminders } from "@slotbook/core/reminders/sms-channel";
import { snsSmsSender } from "@slotbook/core/adapters/sns/sns-sms-sender";
import { createReminders, type Reminders, type SweepResult } from "@slotbook/core/reminders/reminders";
import type { ScheduledEvent } from "aws-lambda";
import { logger } from "../http/logger";
import { sendRemindersFunction } from "./definition";

let reminders: Reminders | undefined;

/**
 * Every minute: reminders that came due go out (email, and SMS to fans who opted in). The time is the
 * schedule's (`event.time`), so a test can run it at any moment it likes.
 */
export async function handler(event: Pick<ScheduledEvent, "time">): Promise<SweepResult> {
  reminders ??= createReminders(
    {
      store: dynamoReminderStore(),
      sentLog: dynamoSentMailLog(),
      profiles: dynamoProfileStore(),
      channels: [
        emailReminders({ mail: sesPlainMailSender(), sender: setting("senderEmail"), siteUrl: setting("siteUrl"), releaseLinkSecret: setting("releaseLinkSecret") }),
        // Also by text, to fans who opted in; a refused one is logged with the number masked.
        smsReminders({
          sms: snsSmsSender(),
          profiles: dynamoProfileStore(),
          siteUrl: setting("siteUrl"),
          onRefused: (refusal) => logger.warn("text message refused by the SMS service; not retried", { ...refusal }),
        }),
      ],
    },
    { budgetMs: sendRemindersFunction.budgetSeconds * 1000 },
  );
  const at = event.time ? new Date(event.time) : new Date();
  const result = await reminders.sweep(at);
  if (result.failed > 0) logger.warn("reminders failed to send; the next run retries them", { ...result, at: at.toISOString() });
  else if (result.handled > 0) logger.info("reminders sent", { ...result, at: at.toISOString() });
  return result;
}
