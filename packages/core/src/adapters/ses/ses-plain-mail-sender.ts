import { SendRawEmailCommand, SESClient } from "@aws-sdk/client-ses";
import { config } from "../../config";
import type { MailSender } from "../../notifications/notifier";
import { clientOptions } from "../aws-clients";
import { recordAwsCalls } from "../dynamo/call-counter";
import { plainRawEmail } from "./plain-email";

let ses: SESClient | undefined;
const sesClient = () => (ses ??= recordAwsCalls(new SESClient(clientOptions(config().sesEndpoint))));

/** SES SendRawEmail of an email with nothing attached (plain-email.ts): the same call and permission as the notifier's mail. */
export function sesPlainMailSender(): MailSender {
  return {
    async send(mail, from) {
      if (mail.calendar) throw new Error("This sender carries no calendar invite: use sesMailSender.");
      await sesClient().send(new SendRawEmailCommand({ Source: from, Destinations: [mail.to], RawMessage: { Data: plainRawEmail(mail, from) } }));
    },
  };
}
