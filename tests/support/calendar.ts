import ICAL from "ical.js";
import type { Email } from "./mailbox";

/** The .ics attached to an email, parsed with ical.js (an independent parser) and its time zone registered. */
export function inviteIn(email: Email) {
  const attachment = email.attachments.find((item) => item.contentType?.startsWith("text/calendar"));
  if (!attachment?.content) throw new Error(`"${email.subject}" has no calendar attachment`);
  const text = Buffer.from(attachment.content, "base64").toString("utf8");
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  const vevent = calendar.getFirstSubcomponent("vevent")!;
  const event = new ICAL.Event(vevent);
  return {
    filename: attachment.filename,
    method: calendar.getFirstPropertyValue("method"),
    uid: event.uid,
    sequence: event.sequence,
    status: vevent.getFirstPropertyValue("status"),
    summary: event.summary,
    description: event.description,
    location: event.location,
    url: vevent.getFirstPropertyValue("url"),
    organizer: String(vevent.getFirstPropertyValue("organizer")),
    startZone: event.startDate.zone?.tzid,
    start: event.startDate.toJSDate().toISOString(),
    end: event.endDate.toJSDate().toISOString(),
  };
}
