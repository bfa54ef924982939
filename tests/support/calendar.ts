import ICAL from "ical.js";
import type { Email } from "./mailbox";

/** An .ics text parsed with ical.js (an independent parser), its own VTIMEZONEs registered. */
export function parseIcs(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const timezones = calendar.getAllSubcomponents("vtimezone").map((zone) => String(zone.getFirstPropertyValue("tzid")));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  const vevent = calendar.getFirstSubcomponent("vevent")!;
  const event = new ICAL.Event(vevent);
  return {
    text,
    method: calendar.getFirstPropertyValue("method"),
    timezones,
    uid: event.uid,
    sequence: event.sequence,
    status: vevent.getFirstPropertyValue("status"),
    summary: event.summary,
    description: event.description,
    location: event.location,
    url: vevent.getFirstPropertyValue("url"),
    organizer: String(vevent.getFirstPropertyValue("organizer")),
    attendees: vevent.getAllProperties("attendee").map((attendee) => String(attendee.getFirstValue())),
    startZone: event.startDate.zone?.tzid,
    start: event.startDate.toJSDate().toISOString(),
    end: event.endDate.toJSDate().toISOString(),
    stamp: String(vevent.getFirstProperty("dtstamp")?.toICALString()),
  };
}

/**
 * The calendar invite of an email, as calendar clients find it: the `text/calendar; method=…` part among
 * the message's alternatives (which the local mailbox lists with the attachments, without a file name),
 * and the same invite attached as an .ics file. Throws unless both are there and say the same.
 */
export function inviteIn(email: Email) {
  const alternative = email.attachments.find((item) => item.contentType?.startsWith("text/calendar") && !item.filename);
  const attached = email.attachments.find((item) => item.filename?.endsWith(".ics"));
  if (!alternative?.content) throw new Error(`"${email.subject}" has no text/calendar alternative: ${JSON.stringify(email.attachments.map((item) => [item.contentType, item.filename]))}`);
  if (!attached?.content) throw new Error(`"${email.subject}" has no .ics attachment`);
  const text = Buffer.from(alternative.content, "base64").toString("utf8");
  if (Buffer.from(attached.content, "base64").toString("utf8") !== text) throw new Error(`"${email.subject}": the attached .ics differs from the calendar part`);
  return { ...parseIcs(text), filename: attached.filename, contentType: alternative.contentType };
}
