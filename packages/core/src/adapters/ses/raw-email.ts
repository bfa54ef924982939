import MailComposer from "nodemailer/lib/mail-composer";
import type { OutgoingMail } from "../../notifications/messages";

/**
 * Every line break as CRLF (RFC 5322 2.3), as nodemailer's stream transport writes a message for the wire
 * (its composer keeps quoted-printable lines within 76 characters, RFC 2045 6.7, and every other within
 * 998, but passes through the bare LFs of text it was given). The message is 7-bit by then: latin1 is exact.
 * The composer alone, not nodemailer's Mailer with its stream transport: that brings DKIM signing, proxies
 * and plugins the notifier never uses.
 */
const withCrlf = (message: Buffer): Buffer => Buffer.from(message.toString("latin1").replace(/\r?\n/g, "\r\n"), "latin1");

/**
 * The raw MIME message of an outgoing email: text and HTML as alternatives, and the calendar invite both as
 * the `text/calendar; method=…` alternative calendar clients act on and as an .ics attachment (nodemailer's
 * `icalEvent`), and any inline picture (the check-in code) by its Content-ID. From carries a display name;
 * `Auto-Submitted: auto-generated` (RFC 3834) keeps auto-responders from answering.
 */
export async function rawEmail(mail: OutgoingMail, from: string): Promise<Buffer> {
  const message = new MailComposer({
    from: { name: mail.fromName, address: from },
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    ...(mail.calendar ? { icalEvent: { method: mail.calendar.method, filename: mail.calendar.filename, content: mail.calendar.content } } : {}),
    // Inline pictures: related to the HTML by Content-ID (multipart/related), not offered as downloads.
    ...(mail.images?.length ? { attachments: mail.images.map((image) => ({ filename: image.filename, content: image.content, cid: image.cid, contentType: "image/png", contentDisposition: "inline" as const })) } : {}),
    headers: { "Auto-Submitted": "auto-generated" },
  }).compile();
  const built = await new Promise<Buffer>((resolve, reject) => message.build((error, raw) => (error ? reject(error) : resolve(raw))));
  return withCrlf(built);
}
