import { readFile } from "node:fs/promises";
import type { PartitionTouch } from "@slotbook/core";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { inviteIn } from "../support/calendar";
import { book, createEvent } from "../support/events";
import { errorBody, request, type ApiResponse } from "../support/http";
import { emailsTo, waitForSubject } from "../support/mailbox";
import { parseInvite } from "../support/python-validators";
import { signedInUser } from "../support/users";

let admin: Awaited<ReturnType<typeof signedInUser>>;
beforeAll(async () => {
  admin = await signedInUser(["admin"], "Olga Organiser");
});

const threeSlots = { slots: [{ startTime: "10:00", endTime: "10:30", capacity: 2 }, { startTime: "11:00", endTime: "11:30", capacity: 1 }, { startTime: "12:00", endTime: "12:30", capacity: 1 }] };
const move = (token: string, bookingId: string, slotId: string) => request("POST", `/api/bookings/${encodeURIComponent(bookingId)}/move`, { token, body: { slotId } });
const bookedCounts = async (eventId: string) => ((await request("GET", `/api/events/${eventId}`, { token: admin.accessToken })).body.slots as Array<{ bookedCount: number }>).map((slot) => slot.bookedCount);
const idOf = async (token: string) => (await request("GET", "/api/auth/session", { token })).body.id as string;

/** The DynamoDB partitions a request touched, from its log line. */
async function partitionsOf(response: ApiResponse): Promise<PartitionTouch[]> {
  const requestId = response.headers.get("x-request-id");
  const lines = (await readFile(inject("localCloud").apiLogFile, "utf8")).split("\n").filter(Boolean);
  const entry = lines.map((line) => JSON.parse(line) as { requestId?: string; message: string; partitions?: PartitionTouch[] }).find((line) => line.message === "request" && line.requestId === requestId);
  return entry?.partitions ?? [];
}

describe("moving a booking", () => {
  it("moves it to another slot in one step (a new id, the seat moved), touching only the two slots' and the fan's own items; a retry or a move to where it is answers it unchanged", async () => {
    const fan = await signedInUser(["fan"]);
    const event = await createEvent(admin.accessToken, threeSlots);
    const [from, to] = [event.slots[0], event.slots[1]];
    const booked = await book(fan.accessToken, from.id);
    expect(booked.status).toBe(201);

    const moved = await move(fan.accessToken, booked.body.id, to.id);
    expect(moved.status).toBe(200);
    const fanId = await idOf(fan.accessToken);
    expect(moved.body).toMatchObject({ id: `${to.id}~${fanId}`, slotId: to.id, eventId: event.id, startsAt: to.startsAt, endsAt: to.endsAt, seats: 1, status: "confirmed", fanName: booked.body.fanName });
    expect(await bookedCounts(event.id)).toEqual([0, 1, 0]);
    expect((await request("GET", `/api/bookings/${booked.body.id}`, { token: fan.accessToken })).status).toBe(404);
    expect((await request("GET", `/api/bookings/${moved.body.id}`, { token: fan.accessToken })).body).toEqual(moved.body);
    expect((await request("GET", "/api/bookings", { token: fan.accessToken })).body.items.map((item: { id: string }) => item.id)).toEqual([moved.body.id]);

    const touched = await partitionsOf(moved);
    const own = (touch: PartitionTouch) =>
      (touch.on === "table" && [`SLOT#${from.id}`, `SLOT#${to.id}`, `USER#${fanId}`].includes(touch.key)) || (touch.on === "byOwner" && touch.key === `FAN#${fanId}`);
    expect(touched.some((touch) => touch.kind === "write" && touch.key === `SLOT#${to.id}`)).toBe(true);
    expect(touched.filter((touch) => !own(touch))).toEqual([]);

    // The same request again (a client's retry), and a move to the slot it is in: the booking as it is.
    const retried = await move(fan.accessToken, booked.body.id, to.id);
    expect([retried.status, retried.body]).toEqual([200, moved.body]);
    const stay = await move(fan.accessToken, moved.body.id, to.id);
    expect([stay.status, stay.body]).toEqual([200, moved.body]);
    expect(await bookedCounts(event.id)).toEqual([0, 1, 0]);
  });

  it("refuses a full slot (409 SLOT_FULL) and leaves the old booking exactly as it was; refuses a slot the fan holds, another event's slot, someone else's booking", async () => {
    const [fan, holder, stranger] = await Promise.all([signedInUser(["fan"]), signedInUser(["fan"]), signedInUser(["fan"])]);
    const event = await createEvent(admin.accessToken, threeSlots);
    const [from, full, third] = event.slots;
    expect((await book(holder.accessToken, full.id)).status).toBe(201);
    const booked = await book(fan.accessToken, from.id);
    const before = await request("GET", `/api/bookings/${booked.body.id}`, { token: fan.accessToken });

    const refused = await move(fan.accessToken, booked.body.id, full.id);
    expect(refused.status).toBe(409);
    expect(refused.body).toEqual(errorBody("SLOT_FULL"));
    expect((await request("GET", `/api/bookings/${booked.body.id}`, { token: fan.accessToken })).body).toEqual(before.body);
    expect(await bookedCounts(event.id)).toEqual([1, 1, 0]);

    expect((await book(fan.accessToken, third.id)).status).toBe(201);
    expect((await move(fan.accessToken, booked.body.id, third.id)).body).toEqual(errorBody("ALREADY_BOOKED"));
    const other = await createEvent(admin.accessToken);
    const elsewhere = await move(fan.accessToken, booked.body.id, other.slots[0].id);
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body.error).toMatchObject({ code: "VALIDATION_FAILED", details: [{ path: "slotId", message: expect.any(String) }] });
    expect((await move(stranger.accessToken, booked.body.id, third.id)).status).toBe(404);
    expect((await move(fan.accessToken, booked.body.id, `${event.id}.nosuchslot`)).status).toBe(404);
    expect((await move(admin.accessToken, booked.body.id, third.id)).status).toBe(403);
    expect((await request("POST", `/api/bookings/${booked.body.id}/move`, { token: fan.accessToken, body: { slotId: third.id, seats: 2 } })).status).toBe(400);
    // Nothing refused changed anything.
    expect((await request("GET", `/api/bookings/${booked.body.id}`, { token: fan.accessToken })).body).toEqual(before.body);
    expect(await bookedCounts(event.id)).toEqual([1, 1, 1]);
  });

  it("follows the event's on-sale rules: before the opening NOT_OPEN_YET, after the closing BOOKING_CLOSED", async () => {
    const fan = await signedInUser(["fan"]);
    const event = await createEvent(admin.accessToken, threeSlots);
    const booked = await book(fan.accessToken, event.slots[0].id);
    const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();
    expect((await request("PUT", `/api/events/${event.id}`, { token: admin.accessToken, body: { bookingOpensAt: inMinutes(60) } })).status).toBe(200);
    expect((await move(fan.accessToken, booked.body.id, event.slots[1].id)).body).toEqual(errorBody("NOT_OPEN_YET"));
    expect((await request("PUT", `/api/events/${event.id}`, { token: admin.accessToken, body: { bookingOpensAt: inMinutes(-120), bookingClosesAt: inMinutes(-60) } })).status).toBe(200);
    expect((await move(fan.accessToken, booked.body.id, event.slots[1].id)).body).toEqual(errorBody("BOOKING_CLOSED"));
    expect(await bookedCounts(event.id)).toEqual([1, 0, 0]);
  });

  it("offers the seat it frees to the old slot's waitlist", async () => {
    const [fan, waiter] = await Promise.all([signedInUser(["fan"]), signedInUser(["fan"], "Wanda Waiter")]);
    const event = await createEvent(admin.accessToken, { title: `Move frees a seat ${Date.now()}`, slots: [{ startTime: "10:00", endTime: "10:30", capacity: 1 }, { startTime: "11:00", endTime: "11:30", capacity: 1 }] });
    const booked = await book(fan.accessToken, event.slots[0].id);
    expect((await request("POST", "/api/waitlist", { token: waiter.accessToken, body: { slotId: event.slots[0].id } })).status).toBe(201);

    expect((await move(fan.accessToken, booked.body.id, event.slots[1].id)).status).toBe(200);
    await waitForSubject(waiter.email, new RegExp(`^A place is free: ${event.title}`), 20_000);
    expect((await request("GET", "/api/waitlist", { token: waiter.accessToken })).body.items[0]).toMatchObject({ slotId: event.slots[0].id, status: "offered" });
  });

  it("emails the fan exactly one updated invite (same UID, higher SEQUENCE, the new time), no cancellation and no new confirmation, and tells the organiser", async () => {
    const fanName = `Mo Mover ${Date.now()}`;
    const fan = await signedInUser(["fan"], fanName);
    const event = await createEvent(admin.accessToken, { ...threeSlots, title: "Move me" });
    const booked = await book(fan.accessToken, event.slots[0].id);
    const confirmation = inviteIn(await waitForSubject(fan.email, /^Booked: Move me/));

    expect((await move(fan.accessToken, booked.body.id, event.slots[2].id)).status).toBe(200);
    const movedEmail = await waitForSubject(fan.email, /^Moved: Move me/);
    const invite = inviteIn(movedEmail);
    expect(invite).toMatchObject({ method: "REQUEST", uid: confirmation.uid, start: event.slots[2].startsAt, end: event.slots[2].endsAt, status: "CONFIRMED" });
    expect(invite.sequence).toBeGreaterThan(confirmation.sequence);
    // And as python3-icalendar reads it.
    expect(parseInvite(invite.text).events[0]).toMatchObject({ uid: confirmation.uid, sequence: invite.sequence, status: "CONFIRMED" });
    expect(movedEmail.body.text).toContain("Before:");
    await waitForSubject(admin.email, new RegExp(`^Booking moved: ${fanName} for Move me`));

    await new Promise((resolve) => setTimeout(resolve, 1500)); // room for a stray cancellation or confirmation to arrive
    expect((await emailsTo(fan.email)).map((email) => email.subject.split(":")[0])).toEqual(["Booked", "Moved"]);
    expect((await emailsTo(admin.email)).filter((email) => email.subject.includes(fanName)).map((email) => email.subject.split(":")[0])).toEqual(["New booking", "Booking moved"]);
  });
});
