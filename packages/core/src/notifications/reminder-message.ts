import { appPaths, eventPage, releasePage } from "@slotbook/contract";
import type { BookingRecord } from "../bookings/records";
import type { OutgoingMail } from "./messages";
import { product, render } from "./render";
import { describeWhen } from "./when";

/** How long until an instant, in words for a reminder ("in 24 hours", "in 45 minutes", "in 3 days"). */
function inWords(milliseconds: number): string {
  const minutes = Math.max(1, Math.round(milliseconds / 60_000));
  const [count, unit] = minutes < 90 ? [minutes, "minute"] : minutes < 36 * 60 ? [Math.round(minutes / 60), "hour"] : [Math.round(minutes / 1440), "day"];
  return `in ${count} ${unit}${count === 1 ? "" : "s"}`;
}

/**
 * A reminder before a booked slot: what, when (the event's zone, named, and UTC), and "Can't make it? Release
 * my seat", a link that lets the fan give the seat back (to the waitlist) without signing in. No invite: the
 * fan's calendar already has the entry. To the fan's verified email only.
 */
export function composeReminderMessage(booking: BookingRecord, options: { siteUrl: string; releaseToken: string; at: Date; organiserName?: string }): OutgoingMail {
  const when = describeWhen(booking.startsAt, booking.endsAt, booking.event.timezone);
  const site = options.siteUrl.replace(/\/$/, "");
  const title = booking.event.title;
  const seats = booking.seats ?? 1;
  return {
    to: booking.accountEmail,
    fromName: options.organiserName ? `${options.organiserName} via ${product}` : product,
    subject: `Reminder: ${title}, ${when.short}`,
    ...render([
      `Hi ${booking.fanName},`,
      `a reminder: your booking starts ${inWords(Date.parse(booking.startsAt) - options.at.getTime())}.`,
      { label: "What", value: title },
      { label: "When", value: `${when.local}\n= ${when.utc}` },
      ...(seats > 1 ? [{ label: "Seats", value: String(seats) }] : []),
      { link: "Event page", href: `${site}${eventPage(booking.event.slug)}` },
      { link: "See your bookings", href: `${site}${appPaths.myBookings}` },
      "Can't make it? Release your seat, so someone on the waitlist can have it (you'll be asked to confirm):",
      { link: "Release my seat", href: `${site}${releasePage(options.releaseToken)}` },
    ]),
  };
}
