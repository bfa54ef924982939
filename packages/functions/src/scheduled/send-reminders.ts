import { dynamoProfileStore } from "@slotbook/core/adapters/dynamo/dynamo-profile-store";
import { dynamoReminderStore } from "@slotbook/core/adapters/dynamo/dynamo-reminder-store";
import { dynamoSentMailLog } from "@slotbook/core/adapters/dynamo/dynamo-sent-mail-log";
import { sesPlainMailSender } from "@slotbook/core/adapters/ses/ses-plain-mail-sender";
import { setting } from "@slotbook/core/config";
import { emailReminders } from "@slotbook/core/reminders/email-channel";
import { createReminders, type Reminders, type SweepResult } from "@slotbook/core/reminders/reminders";
import type { ScheduledEvent } from "aws-lambda";
import { logger } from "../http/logger";
import { sendRemindersFunction } from "./definition";

let reminders: Reminders | undefined;

/**
 * Every minute: reminders that came due go out (email; another channel can join the list). The time is the
 * schedule's (`event.time`), so a test can run it at any moment it likes.
 */
export async function handler(event: Pick<ScheduledEvent, "time">): Promise<SweepResult> {
  reminders ??= createReminders(
    {
      store: dynamoReminderStore(),
      sentLog: dynamoSentMailLog(),
      profiles: dynamoProfileStore(),
      channels: [emailReminders({ mail: sesPlainMailSender(), sender: setting("senderEmail"), siteUrl: setting("siteUrl"), releaseLinkSecret: setting("releaseLinkSecret") })],
    },
    { budgetMs: sendRemindersFunction.budgetSeconds * 1000 },
  );
  const at = event.time ? new Date(event.time) : new Date();
  const result = await reminders.sweep(at);
  if (result.failed > 0) logger.warn("reminders failed to send; the next run retries them", { ...result, at: at.toISOString() });
  else if (result.handled > 0) logger.info("reminders sent", { ...result, at: at.toISOString() });
  return result;
}
