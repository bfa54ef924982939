import { appPaths, eventPage, releasePage } from "@slotbook/contract";
import type { BookingRecord } from "../bookings/records";
import { translatorFor, type Translate } from "./i18n/translate";
import type { OutgoingMail } from "./messages";
import { product, render } from "./render";
import { describeWhen } from "./when";

/** How long until an instant, in words for a reminder ("in 24 hours", "in 45 minutes", "in 3 days"). */
function inWords(milliseconds: number, t: Translate): string {
  const minutes = Math.max(1, Math.round(milliseconds / 60_000));
  if (minutes < 90) return minutes === 1 ? t("in 1 minute") : t("in {{count}} minutes", { count: minutes });
  const hours = Math.round(minutes / 60);
  if (minutes < 36 * 60) return hours === 1 ? t("in 1 hour") : t("in {{count}} hours", { count: hours });
  const days = Math.round(minutes / 1440);
  return days === 1 ? t("in 1 day") : t("in {{count}} days", { count: days });
}

/**
 * A reminder before a booked slot: what, when (the event's zone, named, and UTC), and "Can't make it? Release
 * my seat", a link that lets the fan give the seat back (to the waitlist) without signing in. No invite: the
 * fan's calendar already has the entry. To the fan's verified email only, in the language it booked in.
 */
export function composeReminderMessage(booking: BookingRecord, options: { siteUrl: string; releaseToken: string; at: Date; organiserName?: string }): OutgoingMail {
  const t = translatorFor(booking.accountLocale);
  const when = describeWhen(booking.startsAt, booking.endsAt, booking.event.timezone, booking.accountLocale);
  const site = options.siteUrl.replace(/\/$/, "");
  const title = booking.event.title;
  const seats = booking.seats ?? 1;
  return {
    to: booking.accountEmail,
    fromName: options.organiserName ? `${options.organiserName} via ${product}` : product,
    subject: t("Reminder: {{title}}, {{when}}", { title, when: when.short }),
    ...render([
      t("Hi {{name}},", { name: booking.fanName }),
      t("a reminder: your booking starts {{in}}.", { in: inWords(Date.parse(booking.startsAt) - options.at.getTime(), t) }),
      { label: t("What"), value: title },
      { label: t("When"), value: `${when.local}\n= ${when.utc}` },
      ...(seats > 1 ? [{ label: t("Seats"), value: String(seats) }] : []),
      { link: t("Event page"), href: `${site}${eventPage(booking.event.slug)}` },
      { link: t("See your bookings"), href: `${site}${appPaths.myBookings}` },
      t("Can't make it? Release your seat, so someone on the waitlist can have it (you'll be asked to confirm):"),
      { link: t("Release my seat"), href: `${site}${releasePage(options.releaseToken)}` },
    ]),
  };
}
