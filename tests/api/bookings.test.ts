import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { errorBody, request } from "../support/http";
import { book, createEvent, dateFromToday } from "../support/events";
import { signedInUser, signedInUsers } from "../support/users";

let admin: string;
let fan: Awaited<ReturnType<typeof signedInUser>>;
let otherFan: string;

beforeAll(async () => {
  const [a, f, o] = await Promise.all([signedInUser(["admin"]), signedInUser(["fan"], "Fiona Fan"), signedInUser(["fan"])]);
  admin = a.accessToken;
  fan = f;
  otherFan = o.accessToken;
});

/** What the table really holds for a slot: its counter and its booking items (strongly consistent). */
async function slotInTable(slotId: string) {
  const { dynamodbUrl, tableName } = inject("localCloud");
  const client = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: dynamodbUrl, region: "us-east-1", credentials: { accessKeyId: "local", secretAccessKey: "local" } }));
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await client.send(new QueryCommand({ TableName: tableName, KeyConditionExpression: "pk = :pk", ExpressionAttributeValues: { ":pk": `SLOT#${slotId}` }, ConsistentRead: true, ExclusiveStartKey: start }));
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  client.destroy();
  const counter = items.find((item) => item.sk === "COUNTER");
  return { bookedCount: Number(counter?.bookedCount ?? 0), bookings: items.filter((item) => String(item.sk).startsWith("BOOKING#")).length };
}

const available = async (slug: string, slotId: string) =>
  (await request("GET", `/api/events/public/${slug}/slots`)).body.items.find((slot: { id: string }) => slot.id === slotId).available;

describe("booking a slot", () => {
  it("books with fan details from the profile, shows it to the fan only, and frees the seat at once on cancel", async () => {
    const event = await createEvent(admin, { title: "Meet & greet" });
    const slot = event.slots[0];
    expect(await available(event.slug, slot.id)).toBe(2);

    const booked = await book(fan.accessToken, slot.id);
    expect(booked.status).toBe(201);
    expect(booked.body).toEqual({
      id: expect.any(String),
      slotId: slot.id,
      eventId: event.id,
      event: { title: "Meet & greet", slug: event.slug, date: event.date, timezone: event.timezone },
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      fanName: "Fiona Fan",
      fanEmail: fan.email,
      fanPhone: null,
      seats: 1,
      answers: {},
      status: "confirmed",
      checkedInAt: null,
      createdAt: expect.any(String),
    });
    expect(await available(event.slug, slot.id)).toBe(1);

    const mine = await request("GET", "/api/bookings", { token: fan.accessToken });
    expect(mine.body.items.map((item: { id: string }) => item.id)).toContain(booked.body.id);
    expect((await request("GET", `/api/bookings/${booked.body.id}`, { token: fan.accessToken })).body).toEqual(booked.body);

    // Someone else's booking does not exist, for them.
    expect((await request("GET", `/api/bookings/${booked.body.id}`, { token: otherFan })).body).toEqual(errorBody("NOT_FOUND"));
    expect((await request("DELETE", `/api/bookings/${booked.body.id}`, { token: otherFan })).status).toBe(404);
    expect((await request("GET", "/api/bookings", { token: otherFan })).body.items.some((item: { id: string }) => item.id === booked.body.id)).toBe(false);
    expect((await request("GET", `/api/bookings/${booked.body.id}`, { token: admin })).status).toBe(403);

    const calendar = await fetch(`${inject("localCloud").apiUrl}/api/bookings/${booked.body.id}/calendar`, { headers: { authorization: `Bearer ${fan.accessToken}` } });
    expect(calendar.status).toBe(200);
    expect(calendar.headers.get("content-type")).toContain("text/calendar");
    expect(await calendar.text()).toMatch(/BEGIN:VCALENDAR[\s\S]*METHOD:REQUEST[\s\S]*SUMMARY:Meet & greet/);
    expect((await request("GET", `/api/bookings/${booked.body.id}/calendar`, { token: otherFan })).status).toBe(404);

    expect((await request("DELETE", `/api/bookings/${booked.body.id}`, { token: fan.accessToken })).status).toBe(204);
    expect(await available(event.slug, slot.id)).toBe(2);
    expect((await request("GET", `/api/bookings/${booked.body.id}`, { token: fan.accessToken })).status).toBe(404);
    expect((await request("DELETE", `/api/bookings/${booked.body.id}`, { token: fan.accessToken })).status).toBe(404);
    expect(await slotInTable(slot.id)).toEqual({ bookedCount: 0, bookings: 0 });
  });

  it("takes the fan's own details when given, and lists bookings soonest first", async () => {
    const later = await createEvent(admin, { date: dateFromToday(60) });
    const sooner = await createEvent(admin, { date: dateFromToday(20) });
    const { accessToken } = await signedInUser(["fan"]);
    expect((await book(accessToken, later.slots[0].id, { fanName: "Stage Name", fanEmail: "Stage@Example.test", fanPhone: "+14155550123" })).body).toMatchObject({
      fanName: "Stage Name",
      fanEmail: "stage@example.test",
      fanPhone: "+14155550123",
    });
    expect((await book(accessToken, sooner.slots[1].id)).status).toBe(201);
    const list = await request("GET", "/api/bookings", { token: accessToken });
    expect(list.body.items.map((item: { eventId: string }) => item.eventId)).toEqual([sooner.id, later.id]);
  });

  it("refuses a second seat for the same fan (ALREADY_BOOKED) and a full slot (SLOT_FULL)", async () => {
    const event = await createEvent(admin);
    const single = event.slots[1]; // capacity 1
    expect((await book(fan.accessToken, single.id)).status).toBe(201);
    const twice = await book(fan.accessToken, single.id);
    expect(twice.status).toBe(409);
    expect(twice.body).toEqual(errorBody("ALREADY_BOOKED"));
    const full = await book(otherFan, single.id);
    expect(full.status).toBe(409);
    expect(full.body).toEqual(errorBody("SLOT_FULL"));
    expect(await slotInTable(single.id)).toEqual({ bookedCount: 1, bookings: 1 });
  });

  it("refuses slots that have started (SLOT_IN_PAST), unknown slots and unpublished events (404), bad input (400)", async () => {
    const past = await createEvent(admin, { date: dateFromToday(-2) });
    expect((await book(fan.accessToken, past.slots[0].id)).body).toEqual(errorBody("SLOT_IN_PAST"));
    const draft = await createEvent(admin, {}, false);
    expect((await book(fan.accessToken, draft.slots[0].id)).status).toBe(404);
    expect((await book(fan.accessToken, `${draft.id}.nosuchslot`)).status).toBe(404);
    expect((await book(fan.accessToken, "no-event-at-all")).status).toBe(404);
    const invalid = await request("POST", "/api/bookings", { token: fan.accessToken, body: { slotId: "bad id!", fanEmail: "nope", fanPhone: "123" } });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.details.map((detail: { path: string }) => detail.path).sort()).toEqual(["fanEmail", "fanPhone", "slotId"]);
    expect((await request("POST", "/api/bookings", { token: admin, body: { slotId: draft.slots[0].id } })).status).toBe(403);
  });
});

describe("Idempotency-Key", () => {
  it("returns the same booking for a retry with the same key and body, and refuses the key for another body", async () => {
    const event = await createEvent(admin);
    const { accessToken } = await signedInUser(["fan"]);
    const key = randomUUID();
    const first = await book(accessToken, event.slots[0].id, {}, { "Idempotency-Key": key });
    const retry = await book(accessToken, event.slots[0].id, {}, { "Idempotency-Key": key });
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    const other = await book(accessToken, event.slots[1].id, {}, { "Idempotency-Key": key });
    expect(other.status).toBe(409);
    expect(other.body).toEqual(errorBody("CONFLICT"));
    expect(await slotInTable(event.slots[0].id)).toEqual({ bookedCount: 1, bookings: 1 });
    expect(await slotInTable(event.slots[1].id)).toEqual({ bookedCount: 0, bookings: 0 });
    expect((await book(accessToken, event.slots[0].id, {}, { "Idempotency-Key": "" })).status).toBe(400);
    // Booked already, asking again under a new key: not a retry, so ALREADY_BOOKED (the key's record is read).
    const again = await book(accessToken, event.slots[0].id, {}, { "Idempotency-Key": randomUUID() });
    expect(again.status).toBe(409);
    expect(again.body).toEqual(errorBody("ALREADY_BOOKED"));
    expect(await slotInTable(event.slots[0].id)).toEqual({ bookedCount: 1, bookings: 1 });
  });

  it("makes exactly one booking from 20 identical requests racing, and all of them return it", async () => {
    const event = await createEvent(admin, { slots: [{ startTime: "10:00", endTime: "11:00", capacity: 5 }] });
    const { accessToken } = await signedInUser(["fan"]);
    const key = randomUUID();
    const responses = await Promise.all(Array.from({ length: 20 }, () => book(accessToken, event.slots[0].id, {}, { "Idempotency-Key": key })));
    expect(responses.map((response) => response.status)).toEqual(Array(20).fill(201));
    expect(new Set(responses.map((response) => response.body.id)).size).toBe(1);
    expect(await slotInTable(event.slots[0].id)).toEqual({ bookedCount: 1, bookings: 1 });
  });
});

describe("a rush of fans", () => {
  it("200 fans racing for a 1-seat and a 25-seat slot: exactly 1 and 25 bookings, every other answer SLOT_FULL", async () => {
    const event = await createEvent(admin, { slots: [{ startTime: "10:00", endTime: "11:00", capacity: 1 }, { startTime: "11:00", endTime: "12:00", capacity: 25 }] });
    const fans = await signedInUsers(200, ["fan"]);
    for (const [slot, capacity] of [[event.slots[0], 1], [event.slots[1], 25]] as const) {
      const responses = await Promise.all(fans.map(({ accessToken }) => book(accessToken, slot.id)));
      const statuses = responses.map((response) => response.status);
      expect(statuses.filter((status) => status === 201)).toHaveLength(capacity);
      expect(statuses.filter((status) => status >= 500)).toHaveLength(0);
      const refused = responses.filter((response) => response.status !== 201);
      expect(refused.every((response) => response.status === 409 && response.body.error.code === "SLOT_FULL")).toBe(true);
      expect(await slotInTable(slot.id)).toEqual({ bookedCount: capacity, bookings: capacity });
    }
  }, 120_000);
});
