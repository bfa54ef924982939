import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { book, createEvent } from "../support/events";
import { request } from "../support/http";
import { codeFrom, emailsTo, waitForSubject } from "../support/mailbox";
import { signedInUser } from "../support/users";

/**
 * The account's language (the profile's `locale`, an extension of the contract): set from the browser's at
 * sign-up, changed on the account page, and what the fan's emails are written in. Organisers' notices stay English.
 */
const newEmail = () => `lang-${randomUUID().slice(0, 8)}@example.test`;
const password = "Correct-Horse-7";

let admin: Awaited<ReturnType<typeof signedInUser>>;
beforeAll(async () => {
  admin = await signedInUser(["admin"], "Olga Organiser");
});

/** A fan who signed up on a page in `locale`, confirmed with the mailbox's code, signed in. */
async function fanSignedUpIn(locale: "de" | "en") {
  const email = newEmail();
  const registered = await request("POST", "/api/auth/register", { body: { email, password, name: "Greta Fan", locale } });
  expect(registered.status, JSON.stringify(registered.body)).toBe(201);
  expect((await request("POST", "/api/auth/confirm", { body: { email, code: await codeFrom(email, 0) } })).status).toBe(204);
  const session = await request("POST", "/api/auth/login", { body: { email, password } });
  expect(session.status).toBe(200);
  return { email, token: session.body.accessToken as string };
}

describe("the language of a fan's emails", () => {
  it("is the one the account signed up in: a German account's confirmation is German, the organiser's notice English", async () => {
    const fan = await fanSignedUpIn("de");
    expect((await request("GET", "/api/users/profile", { token: fan.token })).body).toMatchObject({ locale: "de" });
    const event = await createEvent(admin.accessToken, { title: `Lesung ${randomUUID().slice(0, 6)}`, timezone: "Europe/Berlin" });
    expect((await book(fan.token, event.slots[0].id)).status).toBe(201);

    const confirmation = await waitForSubject(fan.email, /^Gebucht: /);
    expect(confirmation.subject).toMatch(new RegExp(`^Gebucht: ${event.title}, (Mo|Di|Mi|Do|Fr|Sa|So)\\., \\d{1,2}\\. \\S+, 10:00 \\(Europe/Berlin\\)$`));
    expect(confirmation.body.text).toContain("Hallo Greta Fan,\ndeine Buchung ist bestätigt.");
    expect(confirmation.body.text).toMatch(/Wann: \S+, \d{1,2}\. \S+ \d{4}, 10:00–10:30 Uhr Mitteleuropäische (Normalzeit|Sommerzeit) \(Europe\/Berlin\)/);
    expect(confirmation.body.html).toContain("<strong>Wann:</strong>");
    const notice = await waitForSubject(admin.email, new RegExp(`^New booking: Greta Fan for ${event.title}`));
    expect(notice.body.text).toContain("When: ");
  });

  it("follows the account page's choice for bookings made after it; a language the API doesn't know is a 400", async () => {
    const fan = await fanSignedUpIn("de");
    const changed = await request("PUT", "/api/users/profile", { token: fan.token, body: { locale: "en" } });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ locale: "en", name: "Greta Fan" });
    const refused = await request("PUT", "/api/users/profile", { token: fan.token, body: { locale: "fr" } });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({ code: "VALIDATION_FAILED", details: [expect.objectContaining({ path: "locale" })] });
    expect((await request("GET", "/api/users/profile", { token: fan.token })).body).toMatchObject({ locale: "en" });

    const event = await createEvent(admin.accessToken, { title: `Reading ${randomUUID().slice(0, 6)}` });
    expect((await book(fan.token, event.slots[0].id)).status).toBe(201);
    await waitForSubject(fan.email, new RegExp(`^Booked: ${event.title}, `));
    expect((await emailsTo(fan.email)).filter((mail) => mail.subject.startsWith("Gebucht"))).toEqual([]);
  });

  it("is the waitlist entry's: a seat freed for a German fan on the waitlist is offered in German", async () => {
    const [holder, waiter] = await Promise.all([signedInUser(["fan"]), fanSignedUpIn("de")]);
    const event = await createEvent(admin.accessToken, { title: `Warteliste ${randomUUID().slice(0, 6)}`, slots: [{ startTime: "10:00", endTime: "10:30", capacity: 1 }] });
    const booked = await book(holder.accessToken, event.slots[0].id);
    expect((await request("POST", "/api/waitlist", { token: waiter.token, body: { slotId: event.slots[0].id } })).status).toBe(201);
    expect((await request("DELETE", `/api/bookings/${booked.body.id}`, { token: holder.accessToken })).status).toBe(204);
    const offer = await waitForSubject(waiter.email, new RegExp(`^Ein Platz ist frei: ${event.title}, `), 20_000);
    expect(offer.body.text).toContain("ein Platz ist frei geworden und wird für dich freigehalten.");
    expect(offer.body.text).toContain("Jetzt übernehmen (ein Tipp genügt): ");
  });

  it("is asked with an emailed code too: the account that code makes writes in German", async () => {
    const email = newEmail();
    expect((await request("POST", "/api/auth/code", { body: { email, name: "Karl Code", locale: "de" } })).status).toBe(202);
    await waitForSubject(email, /sign-in code/i);
    const signedIn = await request("POST", "/api/auth/code/verify", { body: { email, code: await codeFrom(email, 0) } });
    expect(signedIn.status).toBe(200);
    expect((await request("GET", "/api/users/profile", { token: signedIn.body.accessToken })).body).toMatchObject({ name: "Karl Code", locale: "de" });
  });
});
