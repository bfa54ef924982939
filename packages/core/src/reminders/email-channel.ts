import { composeReminderMessage } from "../notifications/reminder-message";
import type { MailSender } from "../notifications/notifier";
import { signReleaseToken } from "./release-token";
import type { ReminderChannel } from "./reminders";

/**
 * Reminders by email, to the fan account's verified address only (a record without one gets none), each with
 * its booking's release link, signed with the stage's release-link key.
 */
export function emailReminders(deps: { mail: MailSender; sender: string; siteUrl: string; releaseLinkSecret: string }): ReminderChannel {
  return {
    name: "email",
    async send({ booking, at, organiserName }) {
      if (!booking.accountEmail) return;
      const releaseToken = signReleaseToken(booking, deps.releaseLinkSecret);
      await deps.mail.send(composeReminderMessage(booking, { siteUrl: deps.siteUrl, releaseToken, at, ...(organiserName ? { organiserName } : {}) }), deps.sender);
    },
  };
}
