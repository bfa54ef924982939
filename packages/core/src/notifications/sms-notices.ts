import { claimPage } from "@slotbook/contract";
import type { BookingRecord } from "../bookings/records";
import type { ProfileStore } from "../users/profile-store";
import { smsNumberOf } from "../users/sms-opt-in";
import type { WaitlistEntryRecord } from "../waitlist/records";
import { RetryLater, type SentMailLog } from "./notifier";
import { maskPhone, SmsRefused, type SmsSender } from "./sms";
import { bookingSms, offerSms, type SmsKind } from "./sms-messages";

/** What a refused text is logged with: never the whole number. */
export interface SmsRefusal {
  kind: SmsKind;
  to: string;
  reason: string;
}

/**
 * Text messages beside the emails, for fans who opted in: a booking confirmation (or a move), a waitlist
 * offer (reminders are a channel of the reminder sweep: reminders/sms-channel.ts). The number is read from the fan's profile at send time, so turning SMS off (or changing
 * the phone) stops the next one. Each is sent once, through the same sent markers as email (its own kind).
 * A text SNS refuses for good (a bad or unverified number, the sandbox) is logged masked and not retried: an
 * SMS problem never holds up the emails. Anything else is retried with the stream record.
 */
export function createSmsNotices(deps: { sms: SmsSender; sentLog: SentMailLog; profiles: Pick<ProfileStore, "get">; siteUrl: string; onRefused?: (refusal: SmsRefusal) => void }) {
  async function deliver(fanId: string, key: string, kind: SmsKind, text: () => string): Promise<"sent" | "none"> {
    const to = smsNumberOf(await deps.profiles.get(fanId));
    if (!to) return "none";
    const claim = await deps.sentLog.claim(key, kind);
    if (claim === "done") return "sent";
    if (claim === "busy") throw new RetryLater(`${kind} for ${key} is being sent by another attempt`);
    try {
      await deps.sms.send(to, text());
    } catch (error) {
      if (error instanceof SmsRefused) {
        await deps.sentLog.markSent(key, kind);
        deps.onRefused?.({ kind, to: maskPhone(to), reason: error.reason });
        return "none";
      }
      await deps.sentLog.release(key, kind);
      // A fresh error, so the SMS service's message (which may quote the number) never reaches a log.
      throw new Error(`${kind} was not sent (${(error as { name?: string }).name ?? "error"}); it is retried`);
    }
    await deps.sentLog.markSent(key, kind);
    return "sent";
  }

  return {
    bookingConfirmed: (booking: BookingRecord) => deliver(booking.fanId, `${booking.id}#${booking.createdAt}`, "sms-confirmation", () => bookingSms(booking, deps.siteUrl)),
    offerMade: (entry: WaitlistEntryRecord) => deliver(entry.fanId, `${entry.id}#${entry.offeredAt}`, "sms-waitlist-offer", () => offerSms(entry, deps.siteUrl, claimPage(entry.id))),
  };
}

export type SmsNotices = ReturnType<typeof createSmsNotices>;
