import { beforeAll, describe, expect, inject, it } from "vitest";
import { request } from "../support/http";
import { book, createEvent } from "../support/events";
import { inviteIn } from "../support/calendar";
import { emailsTo, waitForEmail } from "../support/mailbox";
import { cognitoClient, signedInUser } from "../support/users";
import { AdminDeleteUserCommand } from "@aws-sdk/client-cognito-identity-provider";

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
    expect(invite.uid).toContain(booked.body.id);

    expect(notice.subject).toContain("New booking: Fred Fan");
    expect(notice.body.text).toContain(fan.email);
    expect(notice.body.text).toContain(`${siteUrl}/admin/events/${event.id}`);
  });

  it("tell both of a cancellation, with a METHOD:CANCEL invite for the same UID and a higher SEQUENCE", async () => {
    const fan = await signedInUser(["fan"]);
    const event = await createEvent(admin.accessToken);
    const booked = await book(fan.accessToken, event.slots[0].id);
    const requested = inviteIn(await waitForEmail(fan.email, 0));
    const adminMailBefore = (await emailsTo(admin.email)).length;

    expect((await request("DELETE", `/api/bookings/${booked.body.id}`, { token: fan.accessToken })).status).toBe(204);
    const cancellation = await waitForEmail(fan.email, 1);
    expect(cancellation.subject).toMatch(/^Cancelled: /);
    expect(cancellation.body.text).toContain("your booking is cancelled");
    const cancel = inviteIn(cancellation);
    expect(cancel).toMatchObject({ method: "CANCEL", uid: requested.uid, status: "CANCELLED", start: requested.start });
    expect(cancel.sequence).toBeGreaterThan(requested.sequence);

    const adminMail = await waitForEmail(admin.email, adminMailBefore);
    expect(adminMail.subject).toMatch(/^Booking cancelled: /);
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

  it("still confirm to the fan when the organiser's account is gone", async () => {
    const organiser = await signedInUser(["admin"]);
    const fan = await signedInUser(["fan"]);
    const event = await createEvent(organiser.accessToken);
    const client = cognitoClient();
    await client.send(new AdminDeleteUserCommand({ UserPoolId: inject("localCloud").userPoolId, Username: organiser.email }));
    client.destroy();
    expect((await book(fan.accessToken, event.slots[0].id)).status).toBe(201);
    const confirmation = await waitForEmail(fan.email, 0);
    expect(inviteIn(confirmation).method).toBe("REQUEST");
    expect(await emailsTo(organiser.email)).toHaveLength(0);
  });
});
