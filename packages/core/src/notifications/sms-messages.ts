import { DateTime } from "luxon";
import type { BookingRecord } from "../bookings/records";
import type { WaitlistEntryRecord } from "../waitlist/records";
import { describeWhen } from "./when";

/**
 * Text messages: one line each, short enough for one or two SMS parts, with where to go next and how to stop
 * them (SNS honours a STOP reply). Only the event's title, its time and a link: nothing the organiser or the
 * fan typed besides the title, which is cut short.
 */
const stop = "Reply STOP to opt out.";
const titleOf = (title: string) => (title.length > 40 ? `${title.slice(0, 37).trimEnd()}...` : title);
const siteOf = (siteUrl: string) => siteUrl.replace(/\/$/, "");
const seatsOf = (seats: number | undefined) => (seats && seats > 1 ? `, ${seats} seats` : "");

export type SmsKind = "sms-confirmation" | "sms-waitlist-offer" | "sms-reminder";

/** A booking made (or moved to another slot). */
export function bookingSms(booking: BookingRecord, siteUrl: string): string {
  const when = describeWhen(booking.startsAt, booking.endsAt, booking.event.timezone).short;
  const what = booking.movedFrom ? "your booking moved" : "booked";
  return `Slotbook: ${what}, ${titleOf(booking.event.title)}, ${when}${seatsOf(booking.seats)}. Manage: ${siteOf(siteUrl)}/me/bookings ${stop}`;
}

/** A waitlist offer: held until when, and the one-tap claim link. */
export function offerSms(entry: WaitlistEntryRecord, siteUrl: string, claimPath: string): string {
  const slot = entry.context;
  const zone = slot.event.timezone;
  const when = describeWhen(slot.startsAt, slot.endsAt, zone).short;
  const until = DateTime.fromISO(entry.offerExpiresAt ?? slot.startsAt, { zone }).toFormat("HH:mm");
  return `Slotbook: a place is free, ${titleOf(slot.event.title)}, ${when}${seatsOf(entry.seats)}. Held for you until ${until}. Claim: ${siteOf(siteUrl)}${claimPath} ${stop}`;
}

/** A reminder before the slot. */
export function reminderSms(booking: BookingRecord, siteUrl: string): string {
  const when = describeWhen(booking.startsAt, booking.endsAt, booking.event.timezone).short;
  return `Slotbook reminder: ${titleOf(booking.event.title)}, ${when}${seatsOf(booking.seats)}. Manage: ${siteOf(siteUrl)}/me/bookings ${stop}`;
}
