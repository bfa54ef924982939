import { randomInt } from "node:crypto";
import { sendRemindersFunction } from "@slotbook/functions/scheduled/definition";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { book, createEvent, dateFromToday } from "../support/events";
import { errorBody, request } from "../support/http";
import { emailsTo, waitForSubject } from "../support/mailbox";
import { signedInUser } from "../support/users";

let admin: string;
beforeAll(async () => {
  admin = (await signedInUser(["admin"], "Rhea Reminder")).accessToken;
});

/** Runs the reminder sweep as the schedule would, at a time of the test's choosing (no waiting). */
async function sweepAt(time: number): Promise<{ handled: number; sent: number; left: number; failed: number }> {
  const response = await fetch(`${inject("localCloud").apiUrl}/2015-03-31/functions/${sendRemindersFunction.functionName}/invocations`, {
    method: "POST",
    body: JSON.stringify({ time: new Date(time).toISOString() }),
  });
  expect(response.headers.get("x-amz-function-error")).toBeNull();
  return (await response.json()) as { handled: number; sent: number; left: number; failed: number };
}

/**
 * An event of its own far ahead, at odd minutes, so this file's sweeps (which send whatever is due at their
 * time) meet no other test's bookings.
 */
const ownEvent = (title: string, slots: Array<{ startTime: string; endTime: string; capacity: number }>, extra: Record<string, unknown> = {}) =>
  createEvent(admin, { title: `${title} ${randomInt(1e9)}`, date: dateFromToday(400 + randomInt(600)), timezone: "UTC", slots, ...extra });

const minutes = (count: number) => count * 60_000;
const reminders = async (email: string) => (await emailsTo(email)).filter((mail) => mail.subject.startsWith("Reminder:"));
const releasePath = (text: string | undefined) => {
  const path = /\/release\?token=[^\s"<>]+/.exec(text ?? "")?.[0];
  expect(path, "the reminder's release link").toBeDefined();
  return path!;
};
const tokenOf = (path: string) => decodeURIComponent(new URL(path, "http://site").searchParams.get("token")!);
/** Mail is sent by the sweep itself; a moment more for anything extra to arrive. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 1000));

describe("reminders", () => {
  it("go to each booking once when due, however many sweeps run at once; none to a cancelled or moved-away booking; a moved booking gets its new slot's", async () => {
    const event = await ownEvent("Reminded", [
      { startTime: "07:13", endTime: "07:43", capacity: 5 },
      { startTime: "09:17", endTime: "09:47", capacity: 5 },
    ], { reminders: [60, 1440] });
    expect(event.reminders).toEqual([1440, 60]);
    const [first, second] = event.slots as Array<{ id: string; startsAt: string }>;
    const [ann, bob, cancelled, mover] = await Promise.all([signedInUser(["fan"], "Ann"), signedInUser(["fan"], "Bob"), signedInUser(["fan"], "Cas"), signedInUser(["fan"], "Mo")]);
    for (const fan of [ann, bob, cancelled, mover]) expect((await book(fan.accessToken, first!.id)).status).toBe(201);
    const cancelledBooking = (await request("GET", "/api/bookings", { token: cancelled.accessToken })).body.items[0].id;
    expect((await request("DELETE", `/api/bookings/${cancelledBooking}`, { token: cancelled.accessToken })).status).toBe(204);
    const moverBooking = (await request("GET", "/api/bookings", { token: mover.accessToken })).body.items[0].id;
    expect((await request("POST", `/api/bookings/${moverBooking}/move`, { token: mover.accessToken, body: { slotId: second!.id } })).status).toBe(200);

    // Before its time: nothing. At its time, three sweeps at once and one more: one reminder each.
    const firstStart = Date.parse(first!.startsAt);
    expect((await sweepAt(firstStart - minutes(1441))).sent).toBe(0);
    const runs = await Promise.all([sweepAt(firstStart - minutes(1439)), sweepAt(firstStart - minutes(1439)), sweepAt(firstStart - minutes(1439))]);
    await sweepAt(firstStart - minutes(1438));
    expect(runs.reduce((sum, run) => sum + run.failed, 0)).toBe(0);
    const toAnn = await waitForSubject(ann.email, new RegExp(`^Reminder: ${event.title}`));
    expect(toAnn.body.text).toContain("your booking starts in 24 hours.");
    expect(toAnn.from).toContain("Rhea Reminder via Slotbook");
    expect(toAnn.body.text).toContain(`${inject("localCloud").siteUrl}/release?token=`);
    await settle();
    expect(await reminders(ann.email)).toHaveLength(1);
    expect(await reminders(bob.email)).toHaveLength(1);
    expect(await reminders(cancelled.email)).toHaveLength(0);
    expect(await reminders(mover.email)).toHaveLength(0);

    // The hour-before reminder, once; the moved booking's day-before reminder comes at its new slot's time.
    const secondStart = Date.parse(second!.startsAt);
    await sweepAt(secondStart - minutes(1439));
    await waitForSubject(mover.email, new RegExp(`^Reminder: ${event.title}`));
    await Promise.all([sweepAt(firstStart - minutes(59)), sweepAt(firstStart - minutes(59))]);
    await settle();
    expect((await reminders(ann.email)).map((mail) => mail.body.text?.match(/starts in [^.]+/)?.[0])).toEqual(["starts in 24 hours", "starts in 59 minutes"]);
    expect(await reminders(bob.email)).toHaveLength(2);
    expect(await reminders(mover.email)).toHaveLength(1);
    expect(await reminders(cancelled.email)).toHaveLength(0);
  });

  it("follow the event's reminders as they are now: a reminder the organiser removed is not sent", async () => {
    const event = await ownEvent("Changed reminders", [{ startTime: "06:41", endTime: "07:11", capacity: 2 }]);
    expect(event.reminders).toEqual([1440]);
    const fan = await signedInUser(["fan"]);
    expect((await book(fan.accessToken, event.slots[0].id)).status).toBe(201);
    const changed = await request("PUT", `/api/events/${event.id}`, { token: admin, body: { reminders: [120] } });
    expect(changed.body.reminders).toEqual([120]);
    const start = Date.parse(event.slots[0].startsAt);
    await sweepAt(start - minutes(1439));
    await settle();
    expect(await reminders(fan.email)).toHaveLength(0);
    await sweepAt(start - minutes(119));
    expect((await waitForSubject(fan.email, /^Reminder:/)).body.text).toContain("your booking starts in 2 hours.");
  });

  it("refuse a bad list of reminders (400 naming the field) and store nothing", async () => {
    for (const bad of [[4], [60, 60], [1, 2, 3, 4, 5, 6].map((n) => n * 10), [43_201], [30.5], "1440"]) {
      const response = await request("POST", "/api/events", { token: admin, body: { title: "Bad reminders", date: dateFromToday(30), timezone: "UTC", slots: [{ startTime: "10:00", endTime: "11:00" }], reminders: bad } });
      expect(response.status, JSON.stringify(bad)).toBe(400);
      expect(response.body.error.details.map((detail: { path: string }) => detail.path.split(".")[0])).toEqual(["reminders"]);
    }
  });
});

describe("the reminder's release link", () => {
  it("shows the booking, releases it once (the seat goes to the waitlist), and is refused when tampered with", async () => {
    const event = await ownEvent("Release", [{ startTime: "05:29", endTime: "05:59", capacity: 1 }]);
    const slotId = event.slots[0].id;
    const [fan, waiter] = await Promise.all([signedInUser(["fan"], "Fay"), signedInUser(["fan"], "Walt Waiter")]);
    const booked = await book(fan.accessToken, slotId);
    expect((await request("POST", "/api/waitlist", { token: waiter.accessToken, body: { slotId } })).status).toBe(201);
    await sweepAt(Date.parse(event.slots[0].startsAt) - minutes(1430));
    const path = releasePath((await waitForSubject(fan.email, /^Reminder:/)).body.text);
    const token = tokenOf(path);

    // Tampered with, or no token at all: refused, nothing changes.
    const tampered = `${token.slice(0, -4)}${token.endsWith("AAAA") ? "BBBB" : "AAAA"}`;
    expect(await request("GET", `/api/bookings/release?token=${encodeURIComponent(tampered)}`)).toMatchObject({ status: 401, body: errorBody("UNAUTHORIZED") });
    expect(await request("POST", "/api/bookings/release", { body: { token: tampered } })).toMatchObject({ status: 401, body: errorBody("UNAUTHORIZED") });
    expect(await request("POST", "/api/bookings/release", { body: { token: `x${token}` } })).toMatchObject({ status: 401, body: errorBody("UNAUTHORIZED") });
    expect((await request("POST", "/api/bookings/release", { body: {} })).status).toBe(400);
    expect((await request("GET", "/api/bookings/release")).status).toBe(400);
    expect((await request("GET", `/api/bookings/${booked.body.id}`, { token: fan.accessToken })).status).toBe(200);

    const view = await request("GET", `/api/bookings/release?token=${encodeURIComponent(token)}`);
    expect(view.status).toBe(200);
    expect(view.body).toEqual({ event: { title: event.title, slug: event.slug, date: event.date, timezone: "UTC" }, startsAt: event.slots[0].startsAt, endsAt: event.slots[0].endsAt, seats: 1, fanName: "Fay" });
    expect(view.headers.get("cache-control")).toContain("no-store");

    expect((await request("POST", "/api/bookings/release", { body: { token } })).status).toBe(204);
    expect(await request("POST", "/api/bookings/release", { body: { token } })).toMatchObject({ status: 404, body: errorBody("NOT_FOUND") });
    expect((await request("GET", `/api/bookings/release?token=${encodeURIComponent(token)}`)).status).toBe(404);
    expect((await request("GET", `/api/bookings/${booked.body.id}`, { token: fan.accessToken })).status).toBe(404);
    await waitForSubject(fan.email, /^Cancelled:/);
    // The seat went to the longest-waiting fan.
    await waitForSubject(waiter.email, new RegExp(`^A place is free: ${event.title}`), 20_000);
    const slot = (await request("GET", `/api/events/${event.id}`, { token: admin })).body.slots[0];
    expect({ booked: slot.bookedCount, held: slot.heldCount }).toEqual({ booked: 0, held: 1 });
  });
});
