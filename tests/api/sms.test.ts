import { randomInt } from "node:crypto";
import { readFile } from "node:fs/promises";
import { sendRemindersFunction } from "@slotbook/functions/scheduled/definition";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { book, createEvent, dateFromToday } from "../support/events";
import { errorBody, request } from "../support/http";
import { waitForEmail, waitForSubject } from "../support/mailbox";
import { refuseAsUnverified, replyFrom, textsTo, waitForText } from "../support/sms-outbox";
import { signedInUser } from "../support/users";

let admin: Awaited<ReturnType<typeof signedInUser>>;
beforeAll(async () => {
  admin = await signedInUser(["admin"], "Olga Organiser");
});

/** Runs the reminder sweep as the schedule would, at a time of the test's choosing (no waiting). */
async function sweepAt(time: number): Promise<{ handled: number; sent: number; left: number; failed: number }> {
  const response = await fetch(`${inject("localCloud").apiUrl}/2015-03-31/functions/${sendRemindersFunction.functionName}/invocations`, { method: "POST", body: JSON.stringify({ time: new Date(time).toISOString() }) });
  expect(response.headers.get("x-amz-function-error")).toBeNull();
  return (await response.json()) as { handled: number; sent: number; left: number; failed: number };
}

/** A number of this test run's own (E.164, unique enough per call). */
let counter = 0;
const newNumber = () => `+4915${String(Date.now() % 1e7).padStart(7, "0")}${String(counter++ % 100).padStart(2, "0")}`;
const profile = (token: string, body: Record<string, unknown>) => request("PUT", "/api/users/profile", { token, body });

/** A fan with a phone, opted in to texts. */
async function optedInFan(name = "Sam Sms") {
  const fan = await signedInUser(["fan"], name);
  const phone = newNumber();
  const opted = await profile(fan.accessToken, { phone, smsOptIn: true });
  expect(opted.status).toBe(200);
  expect(opted.body).toMatchObject({ phone, smsOptIn: true });
  return { ...fan, phone };
}

/** Waits until the notifier has been through the booking (its email is there), then a little longer for a late text. */
async function settled(email: string, subject: RegExp) {
  await waitForSubject(email, subject);
  await new Promise((resolve) => setTimeout(resolve, 700));
}

describe("the SMS opt-in", () => {
  it("is off by default, needs a phone (400 on smsOptIn, nothing changed), and follows the number it was given for", async () => {
    const fan = await signedInUser(["fan"], "Nina Nophone");
    expect((await request("GET", "/api/users/profile", { token: fan.accessToken })).body).toMatchObject({ phone: null, smsOptIn: false });

    const refused = await profile(fan.accessToken, { name: "Nina Changed", smsOptIn: true });
    expect(refused.status).toBe(400);
    expect(refused.body).toEqual(errorBody("VALIDATION_FAILED"));
    expect(refused.body.error.details).toEqual([{ path: "smsOptIn", message: expect.any(String) }]);
    const removing = await profile(fan.accessToken, { phone: null, smsOptIn: true });
    expect(removing.status).toBe(400);
    expect(removing.body.error.details).toEqual([{ path: "smsOptIn", message: expect.any(String) }]);
    expect((await request("GET", "/api/users/profile", { token: fan.accessToken })).body).toMatchObject({ name: "Nina Nophone", phone: null, smsOptIn: false });

    const first = newNumber();
    expect((await profile(fan.accessToken, { phone: first, smsOptIn: true })).body).toMatchObject({ phone: first, smsOptIn: true });
    // Saving the profile as it is (as the account page does) keeps it; a new number is not opted in until asked.
    expect((await profile(fan.accessToken, { name: "Nina Phone", phone: first })).body).toMatchObject({ phone: first, smsOptIn: true });
    const second = newNumber();
    expect((await profile(fan.accessToken, { phone: second })).body).toMatchObject({ phone: second, smsOptIn: false });
    expect((await profile(fan.accessToken, { smsOptIn: true })).body).toMatchObject({ phone: second, smsOptIn: true });
    expect((await profile(fan.accessToken, { smsOptIn: false })).body).toMatchObject({ phone: second, smsOptIn: false });
    expect((await profile(fan.accessToken, { smsOptIn: true })).body).toMatchObject({ smsOptIn: true });
    // Removing the phone ends the opt-in with it.
    expect((await profile(fan.accessToken, { phone: null })).body).toMatchObject({ phone: null, smsOptIn: false });
    expect((await profile(fan.accessToken, { smsOptIn: "yes" })).status).toBe(400);
  });
});

describe("texts", () => {
  it("confirm a booking to an opted-in fan exactly once, in the local SMS outbox, beside the email", async () => {
    const fan = await optedInFan();
    const event = await createEvent(admin.accessToken, { title: "Signing session" });
    const booked = await book(fan.accessToken, event.slots[0].id);
    expect(booked.status).toBe(201);
    const text = await waitForText(fan.phone, 0);
    expect(text.message).toMatch(/^Slotbook: booked, Signing session, \w{3} \d{1,2} (?:\w{3}|Sept), \d\d:\d\d \(Europe\/Berlin\)\. Manage: /);
    expect(text.message).toContain(`${inject("localCloud").siteUrl}/me/bookings`);
    expect(text.message).toContain("Reply STOP to opt out.");
    expect(text).toMatchObject({ smsType: "Transactional", status: "delivered" });
    await settled(fan.email, /^Booked:/);
    expect(await textsTo(fan.phone)).toHaveLength(1);
  });

  it("go to nobody who did not opt in, and stop when the fan turns them off", async () => {
    const event = await createEvent(admin.accessToken, { title: "Quiet session", slots: [{ startTime: "10:00", endTime: "10:30", capacity: 5 }, { startTime: "11:00", endTime: "11:30", capacity: 5 }] });
    const silent = await signedInUser(["fan"], "Phil Phone");
    const silentPhone = newNumber();
    expect((await profile(silent.accessToken, { phone: silentPhone })).body.smsOptIn).toBe(false);
    await book(silent.accessToken, event.slots[0].id);

    const fan = await optedInFan();
    await book(fan.accessToken, event.slots[0].id);
    await waitForText(fan.phone, 0);
    expect((await profile(fan.accessToken, { smsOptIn: false })).body.smsOptIn).toBe(false);
    await book(fan.accessToken, event.slots[1].id);
    await waitForEmail(fan.email, 1);
    await settled(silent.email, /^Booked:/);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await textsTo(fan.phone)).toHaveLength(1);
    expect(await textsTo(silentPhone)).toEqual([]);
  });

  it("to a number that replied STOP are dropped by SNS's opt-out list (the outbox marks them undelivered)", async () => {
    const event = await createEvent(admin.accessToken, { title: "Stop session", slots: [{ startTime: "10:00", endTime: "10:30", capacity: 5 }, { startTime: "11:00", endTime: "11:30", capacity: 5 }] });
    const fan = await optedInFan();
    await book(fan.accessToken, event.slots[0].id);
    expect((await waitForText(fan.phone, 0)).status).toBe("delivered");
    expect(await replyFrom(fan.phone, "stop")).toEqual({ optedOut: true });
    await book(fan.accessToken, event.slots[1].id);
    expect((await waitForText(fan.phone, 1)).status).toBe("opted-out");
  });

  it("offer a freed waitlist seat to an opted-in fan, with the claim link", async () => {
    const event = await createEvent(admin.accessToken, { title: "Tiny session", slots: [{ startTime: "10:00", endTime: "11:00", capacity: 1 }] });
    const holder = await signedInUser(["fan"], "Holly Holder");
    const seat = await book(holder.accessToken, event.slots[0].id);
    const waiter = await optedInFan("Walt Waiter");
    const entry = await request("POST", "/api/waitlist", { token: waiter.accessToken, body: { slotId: event.slots[0].id } });
    expect(entry.status).toBe(201);
    expect((await request("DELETE", `/api/bookings/${seat.body.id}`, { token: holder.accessToken })).status).toBe(204);
    const text = await waitForText(waiter.phone, 0, 10_000);
    expect(text.message).toMatch(/^Slotbook: a place is free, Tiny session, .* Held for you until \d\d:\d\d\. Claim: /);
    expect(text.message).toContain(`${inject("localCloud").siteUrl}/me/waitlist/${encodeURIComponent(entry.body.id)}/claim`);
  });

  it("remind an opted-in fan of the slot once, beside the reminder email, when the reminder sweep runs", async () => {
    const fan = await optedInFan("Rita Remind");
    const event = await createEvent(admin.accessToken, {
      title: `Reminded by text ${randomInt(1e9)}`,
      date: dateFromToday(400 + randomInt(600)),
      timezone: "UTC",
      slots: [{ startTime: "05:29", endTime: "05:59", capacity: 3 }],
      reminders: [60],
    });
    await book(fan.accessToken, event.slots[0].id);
    await waitForText(fan.phone, 0);
    const due = Date.parse(event.slots[0].startsAt) - 59 * 60_000;
    const runs = await Promise.all([sweepAt(due), sweepAt(due)]);
    expect(runs.every((run) => run.failed === 0)).toBe(true);
    const text = await waitForText(fan.phone, 1);
    expect(text.message).toMatch(/^Slotbook reminder: Reminded by text \d+, \w{3} \d{1,2} (?:\w{3}|Sept), 05:29 \(UTC\)\. Manage: .*\/me\/bookings Reply STOP to opt out\.$/);
    await waitForSubject(fan.email, /^Reminder:/);
    await sweepAt(due + 60_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await textsTo(fan.phone)).filter((sms) => sms.message.startsWith("Slotbook reminder"))).toHaveLength(1);
  });

  it("that SNS refuses for good (the sandbox, an unverified number) are logged with the number masked, not retried, and hold up no email", async () => {
    const fan = await optedInFan();
    await refuseAsUnverified(fan.phone);
    const event = await createEvent(admin.accessToken, { title: "Sandbox session" });
    await book(fan.accessToken, event.slots[0].id);
    await settled(fan.email, /^Booked:/);
    expect(await textsTo(fan.phone)).toEqual([]);
    const masked = `${fan.phone.slice(0, 3)}${"*".repeat(fan.phone.length - 5)}${fan.phone.slice(-2)}`;
    const refusals = async () =>
      (await readFile(inject("localCloud").apiLogFile, "utf8"))
        .split("\n")
        .filter((line) => line.includes("text message refused") && line.includes(masked));
    await expect.poll(refusals).toHaveLength(1);
    // Once: the refusal marks the text done, so the stream record is not retried for it.
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(await refusals()).toHaveLength(1);
    expect(JSON.parse((await refusals())[0]!)).toMatchObject({ kind: "sms-confirmation", to: masked, reason: "AuthorizationErrorException" });
  });

  it("never put a phone number in a log line (masked wherever one would show)", async () => {
    const fan = await optedInFan();
    const event = await createEvent(admin.accessToken, { title: "Log session" });
    await book(fan.accessToken, event.slots[0].id);
    await waitForText(fan.phone, 0);
    await settled(fan.email, /^Booked:/);
    const log = await readFile(inject("localCloud").apiLogFile, "utf8");
    expect(log).toContain('"message":"notified"');
    for (const sms of await textsTo(fan.phone)) {
      expect(log).not.toContain(sms.phoneNumber);
      expect(log).not.toContain(sms.phoneNumber.slice(1));
    }
  });
});
