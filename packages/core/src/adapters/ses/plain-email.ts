import { randomUUID } from "node:crypto";
import type { OutgoingMail } from "../../notifications/messages";

/** A header value as RFC 2047 wants it: as it is when printable ASCII, else one UTF-8 base64 encoded word. */
const headerText = (value: string) => (/^[\x20-\x7e]*$/.test(value) ? value : `=?UTF-8?B?${Buffer.from(value, "utf8").toString("base64")}?=`);

/** Base64 in lines of 76 (RFC 2045 6.8). */
const base64Lines = (text: string) => (Buffer.from(text, "utf8").toString("base64").match(/.{1,76}/g) ?? []).join("\r\n");

/**
 * The MIME message of an email with nothing attached (the sign-in code): text and HTML as alternatives, each
 * base64 (any character, short lines), CRLF line endings. Without nodemailer, which only the notifier's
 * calendar invites need, so the sign-in route stays small. A display name outside ASCII is an encoded word.
 */
export function plainRawEmail(mail: Omit<OutgoingMail, "calendar">, from: string, boundary = `=_${randomUUID()}`): Buffer {
  const quotedName = headerText(mail.fromName) === mail.fromName ? `"${mail.fromName.replace(/["\\]/g, "\\$&")}"` : headerText(mail.fromName);
  const part = (type: string, content: string) => [`--${boundary}`, `Content-Type: ${type}; charset=utf-8`, "Content-Transfer-Encoding: base64", "", base64Lines(content)];
  return Buffer.from(
    [
      `From: ${quotedName} <${from}>`,
      `To: ${mail.to}`,
      `Subject: ${headerText(mail.subject)}`,
      "MIME-Version: 1.0",
      "Auto-Submitted: auto-generated",
      `Content-Type: multipart/alternative; boundary="${boundary}"`,
      "",
      ...part("text/plain", mail.text),
      ...part("text/html", mail.html),
      `--${boundary}--`,
      "",
    ].join("\r\n"),
    "utf8",
  );
}
