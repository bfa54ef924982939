import type { BookingRecord } from "../bookings/records";
import { mapUrl, placeText } from "../events/location";
import { adminEventPage, appPaths, bookingPage, checkInPage, claimPage, eventPage, type Question } from "@slotbook/contract";
import type { WaitlistEntryRecord } from "../waitlist/records";
import { calendarInvite, zoneOf, type Person } from "./calendar-invite";
import { translatorFor, type Translate } from "./i18n/translate";
import { qrPng } from "./qr-png";
import { product, render, type Line } from "./render";
import { describeWhen } from "./when";
import { formatInZone } from "./zoned-dates";

export interface OutgoingMail {
  to: string;
  /** The display name of the From address: "Slotbook", or "<organiser> via Slotbook" on what fans get. */
  fromName: string;
  subject: string;
  text: string;
  html: string;
  /** The calendar invite: sent as the text/calendar part of the message's alternatives and as an .ics attachment. */
  calendar?: { method: "REQUEST" | "CANCEL"; filename: string; content: string };
  /** Pictures the HTML shows inline (`<img src="cid:…">`): the booking's check-in code. */
  images?: Array<{ cid: string; filename: string; content: Buffer }>;
}

export type MessageKind = "fan-confirmation" | "admin-booking" | "fan-cancellation" | "admin-cancellation" | "fan-update" | "fan-moved" | "admin-moved";

/** The messages that go to the fan (at their account's verified email, never the contact email they typed). */
export const fanMessages: ReadonlySet<MessageKind> = new Set(["fan-confirmation", "fan-cancellation", "fan-update", "fan-moved"]);

const fanCancellationLine = (t: Translate) => ({
  fan: t("your booking is cancelled."),
  organiser: t("the organiser has cancelled your booking."),
  "event-deleted": t("the organiser has cancelled this event, so your booking is cancelled."),
});

export interface MessageContext {
  booking: BookingRecord;
  /** The event's description (not kept on bookings). */
  description: string;
  organizer: Person;
  siteUrl: string;
  /** Why a booking went away: the fan cancelled it, the organiser cancelled it, or the organiser deleted the event. */
  cancelledBy?: "fan" | "organiser" | "event-deleted";
  /** For an update: the booking's details before the organiser changed the event. */
  previous?: Pick<BookingRecord, "event" | "startsAt" | "endsAt">;
  /** The organiser's own name, for "<name> via Slotbook" on what fans get; without it mail is from "Slotbook". */
  organiserName?: string;
  /** The event's questions, to label the booking's answers (an answer to a question since removed shows its id). */
  questions?: Question[];
}

/** Where: the venue, a map of its address, the online link (nothing for an event without a location). */
function whereLines(location: BookingRecord["event"]["location"], t: Translate): Line[] {
  const place = placeText(location);
  return [
    ...(place ? [{ label: t("Where"), value: place }] : []),
    ...(location?.address ? [{ link: t("Map"), href: mapUrl(location.address) }] : []),
    ...(location?.url ? [{ link: t("Online"), href: location.url }] : []),
  ];
}

/** The old place on an update's "Before" line, when the location is what changed. */
function placeBefore(before: Pick<BookingRecord, "event">, after: Pick<BookingRecord, "event">, t: Translate): string {
  const where = (location: BookingRecord["event"]["location"]) => [placeText(location), location?.url].filter(Boolean).join(" · ");
  const was = where(before.event.location);
  return was === where(after.event.location) ? "" : `\n${was || t("(no place given)")}`;
}

/** The booking's answers, each under its question's label, in the event's order. */
function answerLines(booking: BookingRecord, questions: Question[] = [], t: Translate = translatorFor("en")): Line[] {
  const answers = booking.answers ?? {};
  const ids = [...questions.map((question) => question.id).filter((id) => id in answers), ...Object.keys(answers).filter((id) => !questions.some((question) => question.id === id))];
  return ids.map((id) => {
    const value = answers[id]!;
    return { label: questions.find((question) => question.id === id)?.label ?? id, value: typeof value === "boolean" ? (value ? t("Yes") : t("No")) : Array.isArray(value) ? value.join(", ") : value };
  });
}

const links = (context: MessageContext) => {
  const site = context.siteUrl.replace(/\/$/, "");
  return {
    page: `${site}${eventPage(context.booking.event.slug)}`,
    myBookings: `${site}${appPaths.myBookings}`,
    dashboard: `${site}${adminEventPage(context.booking.eventId)}`,
    booking: `${site}${bookingPage(context.booking.id)}`,
    checkIn: `${site}${checkInPage(context.booking.eventId, context.booking.id)}`,
  };
};

/**
 * The emails of a booking's life: what, when (event zone, named, and UTC), and where to manage it. Fans'
 * emails go to `booking.accountEmail`; the caller sends none to a fan whose record lacks it.
 */
export function composeMessage(kind: MessageKind, context: MessageContext): OutgoingMail {
  const { booking } = context;
  const zone = zoneOf(booking);
  // A fan reads their account's language (copied onto the booking); organisers' emails are in English.
  const locale = fanMessages.has(kind) ? booking.accountLocale : undefined;
  const t = translatorFor(locale);
  const when = describeWhen(booking.startsAt, booking.endsAt, zone, locale);
  const url = links(context);
  const title = booking.event.title;
  const whenLines = [{ label: t("When"), value: `${when.local}\n= ${when.utc}` }];
  const invite = (inviteKind: "request" | "cancel") => ({
    method: inviteKind === "request" ? ("REQUEST" as const) : ("CANCEL" as const),
    filename: inviteKind === "request" ? "invite.ics" : "cancel.ics",
    content: calendarInvite({ booking, description: context.description, organizer: context.organizer, pageUrl: url.page, kind: inviteKind }),
  });
  const fromName = fanMessages.has(kind) && context.organiserName ? `${context.organiserName} via ${product}` : product;
  // The booking's check-in code, shown at the door: the organiser's check-in page at this booking. The picture
  // is drawn only for the messages that show it.
  const checkInCid = "check-in-code";
  const checkInCode = () => ({ cid: checkInCid, filename: "check-in-code.png", content: qrPng(url.checkIn) });
  const checkInLines: Line[] = [
    { image: checkInCid, alt: t("Your check-in code: show it at the door"), size: 180 },
    { link: t("Your booking and its check-in code"), href: url.booking },
  ];

  switch (kind) {
    case "fan-confirmation":
      return {
        to: booking.accountEmail,
        fromName,
        subject: t("Booked: {{title}}, {{when}}", { title, when: when.short }),
        ...render([
          t("Hi {{name}},", { name: booking.fanName }),
          t("your booking is confirmed."),
          { label: t("What"), value: title },
          ...whenLines,
          ...whereLines(booking.event.location, t),
          ...(context.description ? [{ label: t("About"), value: context.description }] : []),
          ...answerLines(booking, context.questions, t),
          { link: t("Event page"), href: url.page },
          ...checkInLines,
          { link: t("See or cancel your bookings"), href: url.myBookings },
          t("The attached calendar invite adds it to your calendar."),
        ]),
        calendar: invite("request"),
        images: [checkInCode()],
      };
    case "fan-update": {
      const before = context.previous;
      const was = before ? describeWhen(before.startsAt, before.endsAt, zoneOf(before), locale) : undefined;
      return {
        to: booking.accountEmail,
        fromName,
        subject: t("Changed: {{title}}, {{when}}", { title, when: when.short }),
        ...render([
          t("Hi {{name}},", { name: booking.fanName }),
          t("the organiser has changed this event. Your booking stands, with these details:"),
          { label: t("What"), value: title },
          ...whenLines,
          ...whereLines(booking.event.location, t),
          ...(before && was ? [{ label: t("Before"), value: `${before.event.title === title ? "" : `${before.event.title}\n`}${was.local}\n= ${was.utc}${placeBefore(before, booking, t)}` }] : []),
          { link: t("Event page"), href: url.page },
          ...checkInLines,
          { link: t("See or cancel your bookings"), href: url.myBookings },
          t("The attached calendar invite updates it in your calendar."),
        ]),
        calendar: invite("request"),
        images: [checkInCode()],
      };
    }
    case "fan-moved": {
      // The fan moved their own booking: one message with the updated invite (same UID, next SEQUENCE).
      const before = context.previous;
      const was = before ? describeWhen(before.startsAt, before.endsAt, zoneOf(before), locale) : undefined;
      return {
        to: booking.accountEmail,
        fromName,
        subject: t("Moved: {{title}}, {{when}}", { title, when: when.short }),
        ...render([
          t("Hi {{name}},", { name: booking.fanName }),
          t("your booking has moved to a new time."),
          { label: t("What"), value: title },
          ...whenLines,
          ...(was ? [{ label: t("Before"), value: `${was.local}\n= ${was.utc}` }] : []),
          { link: t("Event page"), href: url.page },
          ...checkInLines,
          { link: t("See or cancel your bookings"), href: url.myBookings },
          t("The attached calendar invite moves it in your calendar."),
        ]),
        calendar: invite("request"),
        images: [checkInCode()],
      };
    }
    case "admin-moved": {
      const before = context.previous;
      const was = before ? describeWhen(before.startsAt, before.endsAt, zoneOf(before)) : undefined;
      return {
        to: context.organizer.email,
        fromName,
        subject: `Booking moved: ${booking.fanName} for ${title}, ${when.short}`,
        ...render([
          `${booking.fanName} moved their booking to another slot.`,
          { label: "Event", value: title },
          ...whenLines,
          ...(was ? [{ label: "Before", value: `${was.local}\n= ${was.utc}` }] : []),
          { label: "Fan", value: `${booking.fanName} <${booking.fanEmail}>` },
          { link: "All bookings of this event", href: url.dashboard },
        ]),
      };
    }
    case "admin-booking":
      return {
        to: context.organizer.email,
        fromName,
        subject: `New booking: ${booking.fanName} for ${title}, ${when.short}`,
        ...render([
          `${booking.fanName} booked a seat.`,
          { label: "Event", value: title },
          ...whenLines,
          { label: "Fan", value: `${booking.fanName} <${booking.fanEmail}>${booking.fanPhone ? `, ${booking.fanPhone}` : ""}` },
          ...answerLines(booking, context.questions),
          { link: "All bookings of this event", href: url.dashboard },
        ]),
      };
    case "fan-cancellation":
      return {
        to: booking.accountEmail,
        fromName,
        subject: t("Cancelled: {{title}}, {{when}}", { title, when: when.short }),
        ...render([
          t("Hi {{name}},", { name: booking.fanName }),
          fanCancellationLine(t)[context.cancelledBy ?? "fan"],
          { label: t("What"), value: title },
          ...whenLines,
          { link: t("Your bookings"), href: url.myBookings },
          t("The attached calendar update removes it from your calendar."),
        ]),
        calendar: invite("cancel"),
      };
    case "admin-cancellation":
      return {
        to: context.organizer.email,
        fromName,
        subject: `Booking cancelled: ${booking.fanName} for ${title}, ${when.short}`,
        ...render([
          {
            "event-deleted": `${booking.fanName}'s booking was cancelled with the event.`,
            organiser: `You cancelled ${booking.fanName}'s booking; they have been told.`,
            fan: `${booking.fanName} cancelled their booking.`,
          }[context.cancelledBy ?? "fan"],
          { label: "Event", value: title },
          ...whenLines,
          { label: "Fan", value: `${booking.fanName} <${booking.fanEmail}>` },
          ...(context.cancelledBy === "event-deleted" ? [] : [{ link: "All bookings of this event", href: url.dashboard }]),
        ]),
      };
  }
}

/**
 * A waitlist offer: seats held for this fan until a time, with a one-tap claim link. To the fan's verified
 * email only.
 */
export function composeOfferMessage(entry: WaitlistEntryRecord, options: { siteUrl: string; organiserName?: string }): OutgoingMail {
  const slot = entry.context;
  const zone = zoneOf(slot);
  const locale = entry.accountLocale;
  const t = translatorFor(locale);
  const when = describeWhen(slot.startsAt, slot.endsAt, zone, locale);
  const site = options.siteUrl.replace(/\/$/, "");
  const expires = entry.offerExpiresAt ?? slot.startsAt;
  const until = `${formatInZone(expires, zone, "short", locale)} (${zone}) = ${formatInZone(expires, "UTC", "time")} UTC`;
  return {
    to: entry.accountEmail,
    fromName: options.organiserName ? `${options.organiserName} via ${product}` : product,
    subject: t("A place is free: {{title}}, {{when}}", { title: slot.event.title, when: when.short }),
    ...render([
      t("Hi {{name}},", { name: entry.fanName }),
      entry.seats === 1 ? t("a seat came free and is held for you.") : t("{{count}} seats came free and are held for you.", { count: entry.seats }),
      { label: t("What"), value: slot.event.title },
      { label: t("When"), value: `${when.local}\n= ${when.utc}` },
      { label: t("Held for you until"), value: until },
      { link: t("Claim it now (one tap)"), href: `${site}${claimPage(entry.id)}` },
      t("If you don't claim it in time, it goes to the next fan in line."),
    ]),
  };
}
