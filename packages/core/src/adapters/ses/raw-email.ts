import Mailer from "nodemailer/lib/mailer";
import StreamTransport, { type StreamTransportOptions } from "nodemailer/lib/stream-transport";
import type { OutgoingMail } from "../../notifications/messages";

/**
 * nodemailer's stream transport: the message exactly as a mail transport would put it on the wire. Unlike
 * `MailComposer.build()`, it normalises every line ending to CRLF (RFC 5322 2.3), and the composer keeps
 * quoted-printable lines within 76 characters (RFC 2045 6.7) and every other line within 998.
 * Built as `createTransport({ streamTransport: true, … })` builds it, without importing `createTransport`,
 * which would bring every other transport (SMTP, sendmail, SES…) into the notifier's bundle.
 */
const streamOptions: StreamTransportOptions = { streamTransport: true, buffer: true, newline: "windows" };
const transport = new Mailer(new StreamTransport(streamOptions), streamOptions);

/**
 * The raw MIME message of an outgoing email: text and HTML as alternatives, and the calendar invite both as
 * the `text/calendar; method=…` alternative calendar clients act on and as an .ics attachment (nodemailer's
 * `icalEvent`), and any inline picture (the check-in code) by its Content-ID. From carries a display name; `Auto-Submitted: auto-generated` (RFC 3834) keeps
 * auto-responders from answering.
 */
export async function rawEmail(mail: OutgoingMail, from: string): Promise<Buffer> {
  const info = await transport.sendMail({
    from: { name: mail.fromName, address: from },
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    ...(mail.calendar ? { icalEvent: { method: mail.calendar.method, filename: mail.calendar.filename, content: mail.calendar.content } } : {}),
    // Inline pictures: related to the HTML by Content-ID (multipart/related), not offered as downloads.
    ...(mail.images?.length ? { attachments: mail.images.map((image) => ({ filename: image.filename, content: image.content, cid: image.cid, contentType: "image/png", contentDisposition: "inline" as const })) } : {}),
    headers: { "Auto-Submitted": "auto-generated" },
  });
  return info.message as Buffer;
}
