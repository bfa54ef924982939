import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { request } from "../support/http";
import { book, createEvent, eventInput } from "../support/events";
import { inviteIn, parseIcs } from "../support/calendar";
import { parseInvite } from "../support/python-validators";
import { emailsTo, waitForEmail, waitForSubject } from "../support/mailbox";
import { signedInUser } from "../support/users";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DeleteCommand, DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";

let admin: Awaited<ReturnType<typeof signedInUser>>;

beforeAll(async () => {
  admin = await signedInUser(["admin"], "Olga Organiser");
});

describe("booking emails", () => {
  it("confirm a booking to the fan with a calendar invite at the right instant, and tell the organiser", async () => {
    const fan = await signedInUser(["fan"], "Fred Fan");
    const event = await createEvent(admin.accessToken, { title: "Signing <script>alert(1)</script>", description: "Bring your vinyl & a pen.", timezone: "America/New_York" });
    const slot = event.slots[0];
    const booked = await book(fan.accessToken, slot.id);
    // How fast it arrives is measured by `npm run bench`, not asserted here.
    const confirmation = await waitForEmail(fan.email, 0);
    const notice = await waitForEmail(admin.email, 0);

    expect(confirmation.subject).toContain("Booked: Signing <script>alert(1)</script>");
    expect(confirmation.from).toContain("Olga Organiser via Slotbook");
    expect(confirmation.subject).toContain("(America/New_York)");
    const { siteUrl } = inject("localCloud");
    expect(confirmation.body.text).toContain("America/New_York");
    expect(confirmation.body.text).toMatch(/\d\d:\d\d–\d\d:\d\d UTC/);
    expect(confirmation.body.text).toContain(`${siteUrl}/e/${event.slug}`);
    expect(confirmation.body.text).toContain(`${siteUrl}/me/bookings`);
    // User text is text in the HTML part.
    expect(confirmation.body.html).toContain("Signing &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(confirmation.body.html).not.toContain("<script>");

    const invite = inviteIn(confirmation);
    expect(invite).toMatchObject({
      filename: "invite.ics",
      method: "REQUEST",
      sequence: 0,
      summary: "Signing <script>alert(1)</script>",
      description: "Bring your vinyl & a pen.",
      location: `${siteUrl}/e/${event.slug}`,
      startZone: "America/New_York",
      start: slot.startsAt,
      end: slot.endsAt,
    });
    expect(invite.organizer.toLowerCase()).toBe(`mailto:${admin.email}`);
    expect(invite.attendees.map((attendee) => attendee.toLowerCase())).toEqual([`mailto:${fan.email}`]);
    expect(invite.uid).toContain(booked.body.id);

    expect(notice.subject).toContain("New booking: Fred Fan");
    expect(notice.from).toMatch(/^"?Slotbook"? </);
    expect(notice.body.text).toContain(fan.email);
    expect(notice.body.text).toContain(`${siteUrl}/admin/events/${event.id}`);
  });

  it("tell both of a cancellation, with a METHOD:CANCEL invite for the same UID and a higher SEQUENCE", async () => {
    const fanName = `Carla Cancel ${randomUUID().slice(0, 6)}`;
    const fan = await signedInUser(["fan"], fanName);
    const event = await createEvent(admin.accessToken);
    const booked = await book(fan.accessToken, event.slots[0].id);
    const requested = inviteIn(await waitForEmail(fan.email, 0));

    expect((await request("DELETE", `/api/bookings/${booked.body.id}`, { token: fan.accessToken })).status).toBe(204);
    const cancellation = await waitForEmail(fan.email, 1);
    expect(cancellation.subject).toMatch(/^Cancelled: /);
    expect(cancellation.body.text).toContain("your booking is cancelled");
    const cancel = inviteIn(cancellation);
    expect(cancel).toMatchObject({ method: "CANCEL", uid: requested.uid, status: "CANCELLED", start: requested.start });
    expect(cancel.sequence).toBeGreaterThan(requested.sequence);

    // The organiser gets many notices from other tests: theirs is the one naming this fan.
    await waitForSubject(admin.email, new RegExp(`^Booking cancelled: ${fanName} for `));
  });

  it("tell each fan when the organiser deletes the event", async () => {
    const event = await createEvent(admin.accessToken, { slots: [{ startTime: "10:00", endTime: "11:00", capacity: 3 }] });
    const fans = await Promise.all([signedInUser(["fan"]), signedInUser(["fan"]), signedInUser(["fan"])]);
    for (const fan of fans) expect((await book(fan.accessToken, event.slots[0].id)).status).toBe(201);
    for (const fan of fans) await waitForEmail(fan.email, 0);

    expect((await request("DELETE", `/api/events/${event.id}`, { token: admin.accessToken })).status).toBe(204);
    for (const fan of fans) {
      const notice = await waitForEmail(fan.email, 1);
      expect(notice.subject).toMatch(/^Cancelled: /);
      expect(notice.body.text).toContain("the organiser has cancelled this event");
      expect(inviteIn(notice).method).toBe("CANCEL");
    }
  });

  it("send each email once, however often a fan books and cancels", async () => {
    const fan = await signedInUser(["fan"]);
    const event = await createEvent(admin.accessToken);
    const first = await book(fan.accessToken, event.slots[0].id);
    await waitForEmail(fan.email, 0);
    await request("DELETE", `/api/bookings/${first.body.id}`, { token: fan.accessToken });
    await waitForEmail(fan.email, 1);
    await book(fan.accessToken, event.slots[0].id);
    await waitForEmail(fan.email, 2);
    await new Promise((resolve) => setTimeout(resolve, 1000)); // room for any duplicate to arrive
    expect((await emailsTo(fan.email)).map((email) => email.subject.split(":")[0])).toEqual(["Booked", "Cancelled", "Booked"]);
  });

  it("still confirm to the fan when the organiser's account (and so its profile) is gone", async () => {
    const organiser = await signedInUser(["admin"]);
    const fan = await signedInUser(["fan"]);
    const event = await createEvent(organiser.accessToken);
    const organiserId = (await request("GET", "/api/auth/session", { token: organiser.accessToken })).body.id;
    const { dynamodbUrl, tableName } = inject("localCloud");
    const table = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: dynamodbUrl, region: "us-east-1", credentials: { accessKeyId: "local", secretAccessKey: "local" } }));
    await table.send(new DeleteCommand({ TableName: tableName, Key: { pk: `USER#${organiserId}`, sk: "PROFILE" } }));
    table.destroy();
    expect((await book(fan.accessToken, event.slots[0].id)).status).toBe(201);
    const confirmation = await waitForEmail(fan.email, 0);
    expect(inviteIn(confirmation).method).toBe("REQUEST");
    expect(await emailsTo(organiser.email)).toHaveLength(0);
  });
});

describe("emails go only to addresses fans have proven", () => {
  it("send the fan's emails and invite to their account's verified email, never to the contact email they typed", async () => {
    const fan = await signedInUser(["fan"]);
    const typed = `someone-else-${Date.now()}@example.org`;
    const event = await createEvent(admin.accessToken);
    const booked = await book(fan.accessToken, event.slots[0].id, { fanEmail: typed });
    expect(booked.status).toBe(201);
    const confirmation = await waitForEmail(fan.email, 0);
    expect(inviteIn(confirmation).attendees.map((attendee) => attendee.toLowerCase())).toEqual([`mailto:${fan.email}`]);
    expect((await request("DELETE", `/api/bookings/${booked.body.id}`, { token: fan.accessToken })).status).toBe(204);
    await waitForEmail(fan.email, 1);
    await new Promise((resolve) => setTimeout(resolve, 500)); // room for a stray email to arrive
    expect(await emailsTo(typed)).toHaveLength(0);
  });
});

describe("time zones in events and invites", () => {
  it("store a zone by its canonical IANA name and refuse what is not an IANA zone", async () => {
    const calcutta = await createEvent(admin.accessToken, { timezone: "Asia/Calcutta" }, false);
    expect(calcutta.timezone).toBe("Asia/Kolkata");
    expect((await createEvent(admin.accessToken, { timezone: "utc" }, false)).timezone).toBe("UTC");
    expect((await createEvent(admin.accessToken, { timezone: "europe/berlin" }, false)).timezone).toBe("Europe/Berlin");
    const updated = await request("PUT", `/api/events/${calcutta.id}`, { token: admin.accessToken, body: { timezone: "Etc/UTC" } });
    expect(updated.status).toBe(200);
    expect(updated.body.timezone).toBe("UTC");
    for (const timezone of ["+05:30", "UTC+1", "Mars/Olympus", "PT"]) {
      const refused = await request("POST", "/api/events", { token: admin.accessToken, body: eventInput({ timezone }) });
      expect(refused.status, timezone).toBe(400);
      expect(refused.body.error.code).toBe("VALIDATION_FAILED");
      expect(JSON.stringify(refused.body.error.details)).toContain("timezone");
      expect((await request("PUT", `/api/events/${calcutta.id}`, { token: admin.accessToken, body: { timezone } })).status, timezone).toBe(400);
    }
  });

  it("invite in UTC (…Z, no VTIMEZONE) for a UTC event, and under exactly the VTIMEZONE included for an aliased zone", async () => {
    const fan = await signedInUser(["fan"]);
    const utcEvent = await createEvent(admin.accessToken, { timezone: "utc" });
    const calcuttaEvent = await createEvent(admin.accessToken, { timezone: "Asia/Calcutta" });
    await book(fan.accessToken, utcEvent.slots[0].id);
    const utcInvite = inviteIn(await waitForEmail(fan.email, 0));
    expect(utcInvite.text).toMatch(/^DTSTART:\d{8}T\d{6}Z\r$/m);
    expect(utcInvite.timezones).toEqual([]);
    expect(utcInvite.start).toBe(utcEvent.slots[0].startsAt);
    expect(utcInvite.stamp).toMatch(/Z$/);

    await book(fan.accessToken, calcuttaEvent.slots[0].id);
    const calcuttaInvite = inviteIn(await waitForEmail(fan.email, 1));
    expect(calcuttaInvite.timezones).toEqual(["Asia/Kolkata"]);
    expect(calcuttaInvite.startZone).toBe("Asia/Kolkata");
    expect(calcuttaInvite.start).toBe(calcuttaEvent.slots[0].startsAt);
    expect(calcuttaInvite.text).not.toContain("TIMEZONE-ID");
    // A second parser agrees (python3-icalendar).
    const checked = parseInvite(calcuttaInvite.text);
    expect(checked.timezones).toEqual(["Asia/Kolkata"]);
    expect(checked.events[0]).toMatchObject({ startTzid: "Asia/Kolkata", stampUtc: true, start: calcuttaEvent.slots[0].startsAt.replace(".000Z", "+00:00") });
  });
});

describe("changes to a booked event", () => {
  it("email each booked fan one updated invite per change, bring their bookings up to date, and cancel above it", async () => {
    const fans = [await signedInUser(["fan"]), await signedInUser(["fan"])];
    const event = await createEvent(admin.accessToken, { title: "Listening party", slots: [{ startTime: "10:00", endTime: "11:00", capacity: 2 }] });
    const bookings = [];
    for (const fan of fans) bookings.push((await book(fan.accessToken, event.slots[0].id)).body);
    const confirmed = await Promise.all(fans.map(async (fan) => inviteIn(await waitForEmail(fan.email, 0))));

    const changed = await request("PUT", `/api/events/${event.id}`, { token: admin.accessToken, body: { title: "Listening party, now with the band" } });
    expect(changed.status).toBe(200);
    for (const [i, fan] of fans.entries()) {
      const update = await waitForEmail(fan.email, 1);
      expect(update.subject).toMatch(/^Changed: Listening party, now with the band/);
      expect(update.body.text).toContain("Before: Listening party");
      expect(update.from).toContain("Olga Organiser via Slotbook");
      const invite = inviteIn(update);
      expect(invite).toMatchObject({ method: "REQUEST", uid: confirmed[i]!.uid, summary: "Listening party, now with the band", start: event.slots[0].startsAt });
      expect(invite.sequence).toBeGreaterThan(confirmed[i]!.sequence);
    }

    // The fan's own booking list and 'Add to calendar' show the new details.
    const fan = fans[0]!;
    await expect.poll(async () => (await request("GET", "/api/bookings", { token: fan.accessToken })).body.items[0]?.event.title).toBe("Listening party, now with the band");
    const calendar = await fetch(`${inject("localCloud").apiUrl}/api/bookings/${bookings[0].id}/calendar`, { headers: { authorization: `Bearer ${fan.accessToken}` } });
    expect(calendar.status).toBe(200);
    const downloaded = parseIcs(await calendar.text());
    expect(downloaded).toMatchObject({ summary: "Listening party, now with the band", uid: confirmed[0]!.uid, sequence: 1 });

    // A change fans can't see sends nothing; the next visible one sends one more, higher again.
    expect((await request("PUT", `/api/events/${event.id}`, { token: admin.accessToken, body: { description: "Doors at 9:30." } })).status).toBe(200);
    expect((await request("PUT", `/api/events/${event.id}`, { token: admin.accessToken, body: { title: "Listening party, final" } })).status).toBe(200);
    const second = inviteIn(await waitForEmail(fan.email, 2));
    expect(second).toMatchObject({ summary: "Listening party, final", sequence: 2 });

    expect((await request("DELETE", `/api/bookings/${bookings[0].id}`, { token: fan.accessToken })).status).toBe(204);
    const cancellation = await waitForEmail(fan.email, 3);
    const cancel = inviteIn(cancellation);
    expect(cancel).toMatchObject({ method: "CANCEL", uid: confirmed[0]!.uid, summary: "Listening party, final" });
    expect(cancel.sequence).toBeGreaterThan(second.sequence);

    await new Promise((resolve) => setTimeout(resolve, 1000)); // room for any duplicate to arrive
    expect((await emailsTo(fan.email)).map((email) => email.subject.split(":")[0])).toEqual(["Booked", "Changed", "Changed", "Cancelled"]);
    expect((await emailsTo(fans[1]!.email)).map((email) => email.subject.split(":")[0])).toEqual(["Booked", "Changed", "Changed"]);
  });
});
