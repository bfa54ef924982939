import { maskPhone, SmsRefused, type SmsSender } from "../notifications/sms";
import { reminderSms } from "../notifications/sms-messages";
import type { SmsRefusal } from "../notifications/sms-notices";
import type { ProfileStore } from "../users/profile-store";
import { smsNumberOf } from "../users/sms-opt-in";
import type { ReminderChannel } from "./reminders";

/**
 * Reminders by SMS, beside the email, to fans who opted in: the number is read from the fan's profile at send
 * time (turning SMS off stops the next one). The sweep's sent marker keeps each to once. A text SNS refuses
 * for good is logged with the number masked and counts as done; any other failure is retried by the next run.
 */
export function smsReminders(deps: { sms: SmsSender; profiles: Pick<ProfileStore, "get">; siteUrl: string; onRefused?: (refusal: SmsRefusal) => void }): ReminderChannel {
  return {
    name: "sms",
    async send({ booking }) {
      const to = smsNumberOf(await deps.profiles.get(booking.fanId));
      if (!to) return;
      try {
        await deps.sms.send(to, reminderSms(booking, deps.siteUrl));
      } catch (error) {
        if (error instanceof SmsRefused) return deps.onRefused?.({ kind: "sms-reminder", to: maskPhone(to), reason: error.reason });
        // A fresh error, so the SMS service's message (which may quote the number) never reaches a log.
        throw new Error(`sms-reminder was not sent (${(error as { name?: string }).name ?? "error"}); it is retried`);
      }
    },
  };
}
