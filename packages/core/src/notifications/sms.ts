/** The port to the SMS service (Amazon SNS in AWS, the local SMS outbox here). */
export interface SmsSender {
  /** Sends one text to an E.164 number. Throws `SmsRefused` when the service will never take it (retrying is pointless). */
  send(phoneNumber: string, text: string): Promise<void>;
}

/** The SMS service refused the message for good (a bad or unverified number, the sandbox): not worth retrying. */
export class SmsRefused extends Error {
  constructor(readonly reason: string, options?: { cause?: unknown }) {
    super(`The SMS service refused the message: ${reason}`, options);
    this.name = "SmsRefused";
  }
}

/**
 * A phone number as logs may show it: the country code's first digits and the last two, the rest starred
 * (`+4915112345678` → `+49*********78`). Logs never carry a whole number.
 */
export function maskPhone(phoneNumber: string): string {
  const digits = phoneNumber.replace(/^\+/, "");
  if (digits.length <= 4) return "+" + "*".repeat(digits.length);
  return `+${digits.slice(0, 2)}${"*".repeat(digits.length - 4)}${digits.slice(-2)}`;
}
