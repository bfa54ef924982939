import type { BookingRecord } from "../bookings/records";
import type { WaitlistEntryRecord } from "../waitlist/records";
import { translatorFor, type Translate } from "./i18n/translate";
import { describeWhen } from "./when";
import { formatInZone } from "./zoned-dates";

/**
 * Text messages: one line each, short enough for one or two SMS parts, with where to go next and how to stop
 * them (SNS honours a STOP reply). Only the event's title, its time and a link: nothing the organiser or the
 * fan typed besides the title, which is cut short. In the language the fan booked (or joined the waitlist) in.
 */
const titleOf = (title: string) => (title.length > 40 ? `${title.slice(0, 37).trimEnd()}...` : title);
const siteOf = (siteUrl: string) => siteUrl.replace(/\/$/, "");
const seatsOf = (seats: number | undefined, t: Translate) => (seats && seats > 1 ? t(", {{count}} seats", { count: seats }) : "");

export type SmsKind = "sms-confirmation" | "sms-waitlist-offer" | "sms-reminder";

/** A booking made (or moved to another slot). */
export function bookingSms(booking: BookingRecord, siteUrl: string): string {
  const t = translatorFor(booking.accountLocale);
  const args = {
    title: titleOf(booking.event.title),
    when: describeWhen(booking.startsAt, booking.endsAt, booking.event.timezone, booking.accountLocale).short,
    seats: seatsOf(booking.seats, t),
    link: `${siteOf(siteUrl)}/me/bookings`,
  };
  return booking.movedFrom
    ? t("Slotbook: your booking moved, {{title}}, {{when}}{{seats}}. Manage: {{link}} Reply STOP to opt out.", args)
    : t("Slotbook: booked, {{title}}, {{when}}{{seats}}. Manage: {{link}} Reply STOP to opt out.", args);
}

/** A waitlist offer: held until when, and the one-tap claim link. */
export function offerSms(entry: WaitlistEntryRecord, siteUrl: string, claimPath: string): string {
  const slot = entry.context;
  const zone = slot.event.timezone;
  const t = translatorFor(entry.accountLocale);
  return t("Slotbook: a place is free, {{title}}, {{when}}{{seats}}. Held for you until {{until}}. Claim: {{link}} Reply STOP to opt out.", {
    title: titleOf(slot.event.title),
    when: describeWhen(slot.startsAt, slot.endsAt, zone, entry.accountLocale).short,
    seats: seatsOf(entry.seats, t),
    until: formatInZone(entry.offerExpiresAt ?? slot.startsAt, zone, "time"),
    link: `${siteOf(siteUrl)}${claimPath}`,
  });
}

/** A reminder before the slot. */
export function reminderSms(booking: BookingRecord, siteUrl: string): string {
  const t = translatorFor(booking.accountLocale);
  return t("Slotbook reminder: {{title}}, {{when}}{{seats}}. Manage: {{link}} Reply STOP to opt out.", {
    title: titleOf(booking.event.title),
    when: describeWhen(booking.startsAt, booking.endsAt, booking.event.timezone, booking.accountLocale).short,
    seats: seatsOf(booking.seats, t),
    link: `${siteOf(siteUrl)}/me/bookings`,
  });
}
