import { beforeAll, describe, expect, it } from "vitest";
import { book, createEvent, eventInput } from "../support/events";
import { errorBody, request } from "../support/http";
import { signedInUser } from "../support/users";

let admin: string;
let fan: string;
beforeAll(async () => {
  const [a, f] = await Promise.all([signedInUser(["admin"]), signedInUser(["fan"])]);
  admin = a.accessToken;
  fan = f.accessToken;
});

const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();
const time = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

describe("opening and closing", () => {
  it("refuses a booking before the opening (409 NOT_OPEN_YET, with the opening instant) and after the closing (409 BOOKING_CLOSED)", async () => {
    const opensAt = inMinutes(60);
    const notYet = await createEvent(admin, { bookingOpensAt: opensAt });
    expect(notYet.bookingOpensAt).toBe(opensAt);
    const early = await book(fan, notYet.slots[0].id);
    expect(early.status).toBe(409);
    expect(early.body).toEqual(errorBody("NOT_OPEN_YET"));
    expect(early.body.error.details).toEqual([{ path: "opensAt", message: opensAt }]);
    const publicView = await request("GET", `/api/events/public/${notYet.slug}`);
    expect(publicView.body).toMatchObject({ bookingOpensAt: opensAt, bookingClosesAt: null, maxPartySize: 1, waitlist: true });

    const closed = await createEvent(admin, { bookingOpensAt: inMinutes(-120), bookingClosesAt: inMinutes(-60) });
    expect((await book(fan, closed.slots[0].id)).body).toEqual(errorBody("BOOKING_CLOSED"));

    // Opening it now (the organiser moves the opening) lets the fan book at once.
    const reopened = await request("PUT", `/api/events/${notYet.id}`, { token: admin, body: { bookingOpensAt: inMinutes(-1) } });
    expect(reopened.status).toBe(200);
    expect((await book(fan, notYet.slots[0].id)).status).toBe(201);
  });

  it("refuses a closing before the opening, naming the field", async () => {
    const response = await request("POST", "/api/events", { token: admin, body: eventInput({ bookingOpensAt: inMinutes(60), bookingClosesAt: inMinutes(30) }) });
    expect(response.status).toBe(400);
    expect(response.body.error.details).toEqual([{ path: "bookingClosesAt", message: expect.any(String) }]);
  });
});

describe("per-fan limit and party size", () => {
  it("lets one fan firing 200 requests at once for different slots of an event limited to 2 end with exactly 2 bookings", async () => {
    const limited = await signedInUser(["fan"]);
    const slots = Array.from({ length: 200 }, (_, i) => ({ startTime: time(i * 7), endTime: time(i * 7 + 5), capacity: 5 }));
    const event = await createEvent(admin, { slots, maxBookingsPerFan: 2 });
    const answers = await Promise.all(event.slots.map((slot: { id: string }) => book(limited.accessToken, slot.id)));
    const created = answers.filter((answer) => answer.status === 201);
    expect(created).toHaveLength(2);
    expect(answers.filter((answer) => answer.status >= 500)).toEqual([]);
    expect(new Set(answers.filter((answer) => answer.status !== 201).map((answer) => answer.body.error.code))).toEqual(new Set(["LIMIT_REACHED"]));
    const mine = await request("GET", "/api/bookings", { token: limited.accessToken });
    expect(mine.body.items.filter((booking: { eventId: string }) => booking.eventId === event.id)).toHaveLength(2);

    // Giving one back frees a place under the limit.
    expect((await request("DELETE", `/api/bookings/${created[0]!.body.id}`, { token: limited.accessToken })).status).toBe(204);
    const free = event.slots.find((slot: { id: string }) => !created.some((answer) => answer.body.slotId === slot.id))!;
    expect((await book(limited.accessToken, free.id)).status).toBe(201);
  });

  it("never lets a party of 3 take the last 2 seats, nor a party bigger than the event allows", async () => {
    const event = await createEvent(admin, { slots: [{ startTime: "10:00", endTime: "11:00", capacity: 5 }], maxPartySize: 3 });
    const slot = event.slots[0];
    const [first, second, third] = await Promise.all([signedInUser(["fan"]), signedInUser(["fan"]), signedInUser(["fan"])]);
    const party = await book(first.accessToken, slot.id, { seats: 3 });
    expect(party.status).toBe(201);
    expect(party.body.seats).toBe(3);
    expect((await book(second.accessToken, slot.id, { seats: 3 })).body).toEqual(errorBody("SLOT_FULL"));
    const tooBig = await book(second.accessToken, slot.id, { seats: 4 });
    expect(tooBig.status).toBe(400);
    expect(tooBig.body.error.details).toEqual([{ path: "seats", message: expect.any(String) }]);
    expect((await book(second.accessToken, slot.id, { seats: 2 })).status).toBe(201);
    expect((await book(third.accessToken, slot.id)).body).toEqual(errorBody("SLOT_FULL"));
    const slots = (await request("GET", `/api/events/public/${event.slug}/slots`)).body.items;
    expect(slots[0].available).toBe(0);

    // Cancelling the party gives all 3 seats back at once.
    expect((await request("DELETE", `/api/bookings/${party.body.id}`, { token: first.accessToken })).status).toBe(204);
    expect((await request("GET", `/api/events/public/${event.slug}/slots`)).body.items[0].available).toBe(3);
  });

  it("races parties for the last seats: never more seats booked than the slot has", async () => {
    const event = await createEvent(admin, { slots: [{ startTime: "10:00", endTime: "11:00", capacity: 10 }], maxPartySize: 3 });
    const fans = await Promise.all(Array.from({ length: 30 }, () => signedInUser(["fan"])));
    const answers = await Promise.all(fans.map((racer, i) => book(racer.accessToken, event.slots[0].id, { seats: (i % 3) + 1 })));
    const seats = answers.filter((answer) => answer.status === 201).reduce((sum, answer) => sum + answer.body.seats, 0);
    expect(seats).toBeLessThanOrEqual(10);
    expect(seats).toBeGreaterThanOrEqual(8); // at most 2 seats left over that no remaining party fits
    expect(answers.filter((answer) => answer.status >= 500)).toEqual([]);
    const admins = await request("GET", `/api/events/${event.id}`, { token: admin });
    expect(admins.body.slots[0].bookedCount).toBe(seats);
  });
});
