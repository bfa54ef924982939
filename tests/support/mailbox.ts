import { inject } from "vitest";

export interface Email {
  messageId: string;
  from: string;
  destination: { to: string[] };
  subject: string;
  body: { text?: string; html?: string };
  attachments: Array<{ filename?: string; content?: string; contentType?: string }>;
  at: number;
}

/** Every email the local mailbox (aws-ses-v2-local) holds for this address, oldest first. */
export async function emailsTo(address: string): Promise<Email[]> {
  const response = await fetch(`${inject("localCloud").mailboxUrl}/store`);
  const { emails } = (await response.json()) as { emails: Email[] };
  return emails.filter((email) => email.destination.to.includes(address.toLowerCase()));
}

/** Waits for the address's email number `index` (0-based) to arrive and returns it. */
export async function waitForEmail(address: string, index: number, timeoutMs = 5000): Promise<Email> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const emails = await emailsTo(address);
    if (emails[index]) return emails[index]!;
    if (Date.now() > deadline) throw new Error(`No email #${index + 1} for ${address} within ${timeoutMs} ms (has ${emails.length}).`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The verification code in the address's email number `index`. */
export async function codeFrom(address: string, index: number): Promise<string> {
  const email = await waitForEmail(address, index);
  const code = /\b(\d{6})\b/.exec(email.body.text ?? "")?.[1];
  if (!code) throw new Error(`Email "${email.subject}" to ${address} has no code.`);
  return code;
}

/** Waits for an email to the address whose subject matches, and returns the first such. */
export async function waitForSubject(address: string, subject: RegExp, timeoutMs = 5000): Promise<Email> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await emailsTo(address)).find((email) => subject.test(email.subject));
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`No email matching ${subject} for ${address} within ${timeoutMs} ms.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
