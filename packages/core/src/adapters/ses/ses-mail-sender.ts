import { SendRawEmailCommand, SESClient } from "@aws-sdk/client-ses";
import { config } from "../../config";
import type { MailSender } from "../../notifications/notifier";
import { clientOptions } from "../aws-clients";
import { rawEmail } from "./raw-email";
import { recordAwsCalls } from "../dynamo/call-counter";

let ses: SESClient | undefined;
const sesClient = () => (ses ??= recordAwsCalls(new SESClient(clientOptions(config().sesEndpoint))));

/** SES SendRawEmail with the MIME message nodemailer builds (raw-email.ts). */
export function sesMailSender(): MailSender {
  return {
    async send(mail, from) {
      const raw = await rawEmail(mail, from);
      await sesClient().send(new SendRawEmailCommand({ Source: from, Destinations: [mail.to], RawMessage: { Data: raw } }));
    },
  };
}
