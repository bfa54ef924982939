import { inject } from "vitest";
import type { OutboxSms } from "@slotbook/local/emulators/sms-outbox";

/** A text as the local outbox keeps it. */
export type Sms = OutboxSms;

/** Every text the local SMS outbox (the SNS stand-in) holds for this number, oldest first. */
export async function textsTo(phoneNumber: string): Promise<Sms[]> {
  const response = await fetch(`${inject("localCloud").smsOutboxUrl}/store`);
  const { messages } = (await response.json()) as { messages: Sms[] };
  return messages.filter((sms) => sms.phoneNumber === phoneNumber);
}

/** Waits for the number's text number `index` (0-based) and returns it. */
export async function waitForText(phoneNumber: string, index: number, timeoutMs = 5000): Promise<Sms> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const texts = await textsTo(phoneNumber);
    if (texts[index]) return texts[index]!;
    if (Date.now() > deadline) throw new Error(`No text #${index + 1} for the number within ${timeoutMs} ms (has ${texts.length}).`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A reply from the phone, as its holder would text it (STOP opts the number out, as SNS does). */
export const replyFrom = (phoneNumber: string, text: string) =>
  fetch(`${inject("localCloud").smsOutboxUrl}/reply`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ phoneNumber, text }) }).then((response) => response.json());

/** Makes texts to the number fail as SNS's SMS sandbox fails them for a destination nobody verified. */
export const refuseAsUnverified = (phoneNumber: string) =>
  fetch(`${inject("localCloud").smsOutboxUrl}/sandbox-unverified`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ phoneNumber }) }).then((response) => response.json());
