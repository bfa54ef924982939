import { SendRawEmailCommand, SESClient } from "@aws-sdk/client-ses";
import MailComposer from "nodemailer/lib/mail-composer/index.js";
import { config } from "../../config";
import type { MailSender } from "../../notifications/notifier";
import { clientOptions } from "../aws-clients";
import { recordAwsCalls } from "../dynamo/call-counter";

let ses: SESClient | undefined;
const sesClient = () => (ses ??= recordAwsCalls(new SESClient(clientOptions(config().sesEndpoint))));

/** SES SendRawEmail with a MIME message built by nodemailer's composer: text + HTML + attachments. */
export function sesMailSender(): MailSender {
  return {
    async send(mail, from) {
      const raw = await new MailComposer({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        attachments: mail.attachments.map((attachment) => ({ filename: attachment.filename, content: attachment.content, contentType: attachment.contentType })),
      })
        .compile()
        .build();
      await sesClient().send(new SendRawEmailCommand({ Source: from, Destinations: [mail.to], RawMessage: { Data: raw } }));
    },
  };
}
