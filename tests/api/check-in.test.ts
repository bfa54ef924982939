import { beforeAll, describe, expect, it } from "vitest";
import { errorBody, request } from "../support/http";
import { book, createEvent } from "../support/events";
import { signedInUser } from "../support/users";

let admin: string;
let otherAdmin: string;
let fan: Awaited<ReturnType<typeof signedInUser>>;

beforeAll(async () => {
  const [a, o, f] = await Promise.all([signedInUser(["admin"]), signedInUser(["admin"]), signedInUser(["fan"], "Carla Checkin")]);
  admin = a.accessToken;
  otherAdmin = o.accessToken;
  fan = f;
});

const expectRefused = (response: { status: number; body: unknown }, status: number, code: string) => {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(response.body).toEqual(errorBody(code));
};

const checkIn = (token: string, eventId: string, bookingId: string) =>
  request("POST", `/api/events/${encodeURIComponent(eventId)}/bookings/${encodeURIComponent(bookingId)}/check-in`, { token });

describe("check-in at the door", () => {
  it("marks the booking arrived once: a second scan answers the same booking, with the first arrival time", async () => {
    const event = await createEvent(admin, { title: "Check-in signing" });
    const booked = await book(fan.accessToken, event.slots[0].id);
    expect(booked.status).toBe(201);
    expect(booked.body.checkedInAt).toBeNull();

    const first = await checkIn(admin, event.id, booked.body.id);
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({ id: booked.body.id, fanName: "Carla Checkin", status: "confirmed" });
    expect(Date.parse(first.body.checkedInAt)).toBeGreaterThan(Date.now() - 60_000);

    const again = await checkIn(admin, event.id, booked.body.id);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);

    // The organiser's list and the fan's own booking both say so.
    const list = await request("GET", `/api/events/${encodeURIComponent(event.id)}/bookings`, { token: admin });
    expect(list.body.items.find((item: { id: string }) => item.id === booked.body.id).checkedInAt).toBe(first.body.checkedInAt);
    expect((await request("GET", `/api/bookings/${encodeURIComponent(booked.body.id)}`, { token: fan.accessToken })).body.checkedInAt).toBe(first.body.checkedInAt);
  });

  it("is the event's organiser's alone, and refuses what is not a booking of that event, changing nothing", async () => {
    const event = await createEvent(admin, { title: "Check-in guarded" });
    const other = await createEvent(admin, { title: "Check-in elsewhere" });
    const booked = await book(fan.accessToken, event.slots[0].id);

    expectRefused(await checkIn(otherAdmin, event.id, booked.body.id), 404, "NOT_FOUND");
    expectRefused(await checkIn(fan.accessToken, event.id, booked.body.id), 403, "FORBIDDEN");
    expectRefused(await checkIn(admin, other.id, booked.body.id), 404, "NOT_FOUND");
    expectRefused(await checkIn(admin, event.id, `${event.slots[0].id}~nobody`), 404, "NOT_FOUND");
    expectRefused(await checkIn(admin, event.id, "not a booking id!"), 400, "VALIDATION_FAILED");

    // A cancelled booking can't be checked in (and is not brought back by trying).
    expect((await request("DELETE", `/api/bookings/${encodeURIComponent(booked.body.id)}`, { token: fan.accessToken })).status).toBe(204);
    expectRefused(await checkIn(admin, event.id, booked.body.id), 404, "NOT_FOUND");
    expect((await request("GET", `/api/bookings/${encodeURIComponent(booked.body.id)}`, { token: fan.accessToken })).status).toBe(404);
  });
});
