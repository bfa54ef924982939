import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, GetCommand } from "@aws-sdk/lib-dynamodb";
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { book, createEvent, eventInput } from "../support/events";
import { errorBody, request } from "../support/http";
import { codeFrom, emailsTo, waitForSubject } from "../support/mailbox";
import { signedInUser, signedInUserWithoutProfile } from "../support/users";

let admin: Awaited<ReturnType<typeof signedInUser>>;
let fan: Awaited<ReturnType<typeof signedInUser>>;

beforeAll(async () => {
  [admin, fan] = await Promise.all([signedInUser(["admin"], "Olga Organiser"), signedInUser(["fan"], "Fiona Fan")]);
});

const myEvents = async (token: string) => (await request("GET", "/api/events?limit=100", { token })).body.items as Array<{ title: string }>;
const available = async (slug: string, slotId: string) =>
  (await request("GET", `/api/events/public/${slug}/slots`)).body.items.find((slot: { id: string }) => slot.id === slotId).available as number;

async function tableItem(key: { pk: string; sk: string }) {
  const { dynamodbUrl, tableName } = inject("localCloud");
  const client = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: dynamodbUrl, region: "us-east-1", credentials: { accessKeyId: "local", secretAccessKey: "local" } }));
  try {
    return (await client.send(new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true }))).Item;
  } finally {
    client.destroy();
  }
}

describe("no mail relay", () => {
  it("sends booking emails only to the account's verified email; the typed contact email is only shown to the organiser", async () => {
    const event = await createEvent(admin.accessToken, { title: "Relay check" });
    const victim = `victim-${randomUUID().slice(0, 8)}@elsewhere.test`;
    const booked = await book(fan.accessToken, event.slots[0].id, { fanEmail: victim, fanName: "Fiona Fan" });
    expect(booked.status).toBe(201);
    expect(booked.body.fanEmail).toBe(victim);

    await waitForSubject(fan.email, /^Booked: Relay check/);
    const notice = await waitForSubject(admin.email, /^New booking: .* Relay check/);
    expect(notice.body.text).toContain(victim);

    expect((await request("DELETE", `/api/bookings/${booked.body.id}`, { token: fan.accessToken })).status).toBe(204);
    await waitForSubject(fan.email, /^Cancelled: Relay check/);
    await waitForSubject(admin.email, /^Booking cancelled: .* Relay check/);
    expect(await emailsTo(victim)).toEqual([]);
  });
});

describe("text fields refuse what the safety rules refuse, and nothing is stored", () => {
  it.each([
    ["a line break in a title", { title: "Signing\r\nBcc: someone@elsewhere.test" }, "title"],
    ["a NUL in a description", { description: "Doors open\u0000" }, "description"],
    ["a right-to-left override in a title", { title: "Signing \u202Egnp.exe" }, "title"],
    ["a zero-width-only title", { title: "\u200B\u200C\u200D" }, "title"],
    ["a lone surrogate in a title", { title: "Signing \uD83D" }, "title"],
  ])("an event with %s is 400 naming the field", async (_what, overrides, field) => {
    const before = await myEvents(admin.accessToken);
    const response = await request("POST", "/api/events", { token: admin.accessToken, body: eventInput(overrides) });
    expect(response.status).toBe(400);
    expect(response.body).toEqual(errorBody("VALIDATION_FAILED"));
    expect(response.body.error.details.map((detail: { path: string }) => detail.path)).toEqual([field]);
    expect(await myEvents(admin.accessToken)).toEqual(before);
  });

  it("keeps a description's line breaks", async () => {
    const event = await createEvent(admin.accessToken, { description: "Doors 18:00\r\nBring your ticket" }, false);
    expect(event.description).toBe("Doors 18:00\nBring your ticket");
  });

  it("refuses a profile name with a bidi override or a line break, and keeps the old name", async () => {
    for (const name of ["Fiona \u202EnaF", "Fiona\nFan", "\u2060\u00AD"]) {
      const response = await request("PUT", "/api/users/profile", { token: fan.accessToken, body: { name } });
      expect(response.status).toBe(400);
      expect(response.body.error.details).toEqual([{ path: "name", message: expect.any(String) }]);
    }
    expect((await request("GET", "/api/users/profile", { token: fan.accessToken })).body.name).toBe("Fiona Fan");
  });

  it("refuses a booking whose fan name carries a header injection, and books nothing", async () => {
    const event = await createEvent(admin.accessToken);
    const response = await book(fan.accessToken, event.slots[0].id, { fanName: "Eve\r\nBcc: someone@elsewhere.test" });
    expect(response.status).toBe(400);
    expect(response.body.error.details).toEqual([{ path: "fanName", message: expect.any(String) }]);
    expect(await available(event.slug, event.slots[0].id)).toBe(event.slots[0].capacity);
  });
});

describe("Idempotency-Key replays", () => {
  it("report a booking cancelled since as cancelled, and never book the seat again", async () => {
    const event = await createEvent(admin.accessToken);
    const slot = event.slots[0];
    const headers = { "idempotency-key": randomUUID() };
    const first = await book(fan.accessToken, slot.id, {}, headers);
    expect(first.body.status).toBe("confirmed");
    expect((await request("DELETE", `/api/bookings/${first.body.id}`, { token: fan.accessToken })).status).toBe(204);

    const replay = await book(fan.accessToken, slot.id, {}, headers);
    expect(replay.status).toBe(201);
    expect(replay.body).toEqual({ ...first.body, status: "cancelled" });
    expect(await available(event.slug, slot.id)).toBe(slot.capacity);
    expect((await request("GET", `/api/bookings/${first.body.id}`, { token: fan.accessToken })).status).toBe(404);
  });
});

describe("list cursors", () => {
  const tamper = (cursor: string) => {
    const [payload, mac] = cursor.split(".");
    const key = JSON.parse(Buffer.from(payload!, "base64url").toString("utf8")) as Record<string, string>;
    const sortName = Object.keys(key).find((name) => name.endsWith("Sort"))!;
    key[sortName] = key[sortName]!.replace(/\d/, (digit) => String((Number(digit) + 1) % 10));
    return `${Buffer.from(JSON.stringify(key)).toString("base64url")}.${mac}`;
  };

  it("work for the list and caller they were issued to, and any other cursor is 400, never 5xx", async () => {
    const owner = await signedInUser(["admin"]);
    const other = await signedInUser(["admin"]);
    for (let i = 0; i < 3; i += 1) await createEvent(owner.accessToken, { title: `Paged ${i}` }, false);
    const first = await request("GET", "/api/events?limit=1", { token: owner.accessToken });
    const cursor = first.body.nextCursor as string;
    expect(cursor).toEqual(expect.any(String));
    const second = await request("GET", `/api/events?limit=1&cursor=${encodeURIComponent(cursor)}`, { token: owner.accessToken });
    expect(second.status).toBe(200);
    expect(second.body.items[0].title).not.toBe(first.body.items[0].title);

    const publicCursor = (await request("GET", "/api/events/public?limit=1")).body.nextCursor as string | undefined;
    const forged = [
      Buffer.from("{}").toString("base64url"),
      `${Buffer.from("{}").toString("base64url")}.AAAA`,
      tamper(cursor),
      "not a cursor at all",
      ...(publicCursor ? [publicCursor] : []),
    ];
    for (const bad of forged) {
      const response = await request("GET", `/api/events?limit=1&cursor=${encodeURIComponent(bad)}`, { token: owner.accessToken });
      expect(response.status, bad).toBe(400);
      expect(response.body.error.details).toEqual([{ path: "query.cursor", message: expect.any(String) }]);
    }
    const stolen = await request("GET", `/api/events?limit=1&cursor=${encodeURIComponent(cursor)}`, { token: other.accessToken });
    expect(stolen.status).toBe(400);
    const onPublicList = await request("GET", `/api/events/public?limit=1&cursor=${encodeURIComponent(cursor)}`);
    expect(onPublicList.status).toBe(400);
  });
});

describe("request bodies that are not JSON", () => {
  it.each([["text/plain"], ["application/x-www-form-urlencoded"]])("are 415 when sent as %s, and nothing is stored", async (contentType) => {
    const before = await myEvents(admin.accessToken);
    const response = await request("POST", "/api/events", { token: admin.accessToken, rawBody: JSON.stringify(eventInput()), headers: { "content-type": contentType } });
    expect(response.status).toBe(415);
    expect(response.body).toEqual(errorBody("UNSUPPORTED_MEDIA_TYPE"));
    expect(await myEvents(admin.accessToken)).toEqual(before);
  });
});

describe("a fan who signs up through the API", () => {
  it("has a profile in the table from the moment the account is confirmed, so booking needs no call to Cognito", async () => {
    const email = `fan-${randomUUID().slice(0, 8)}@example.test`;
    const password = "Correct-Horse-7";
    const registered = await request("POST", "/api/auth/register", { body: { email, password, name: "Nia New", phone: "+4915112345678" } });
    expect(registered.status).toBe(201);
    expect((await request("POST", "/api/auth/confirm", { body: { email, code: await codeFrom(email, 0) } })).status).toBe(204);

    const profile = await tableItem({ pk: `USER#${registered.body.user.id}`, sk: "PROFILE" });
    expect(profile).toMatchObject({ email, name: "Nia New", phone: "+4915112345678" });

    const session = await request("POST", "/api/auth/login", { body: { email, password } });
    const event = await createEvent(admin.accessToken);
    const booked = await book(session.body.accessToken, event.slots[0].id);
    expect(booked.status).toBe(201);
    expect(booked.body).toMatchObject({ fanName: "Nia New", fanEmail: email, fanPhone: "+4915112345678" });
  });
});

describe("an account made before profiles were copied into the table", () => {
  it("is asked to open its profile before booking, which copies it once; then booking works", async () => {
    const old = await signedInUserWithoutProfile(["fan"], "Otto Old");
    const event = await createEvent(admin.accessToken);
    const refused = await book(old.accessToken, event.slots[0].id);
    expect(refused.body).toEqual(errorBody("CONFLICT"));
    expect(refused.body.error.message).toMatch(/account page/);
    expect(await available(event.slug, event.slots[0].id)).toBe(event.slots[0].capacity);

    const profile = await request("GET", "/api/users/profile", { token: old.accessToken });
    expect(profile.body).toMatchObject({ email: old.email, name: "Otto Old", role: "fan" });
    expect(await tableItem({ pk: `USER#${profile.body.id}`, sk: "PROFILE" })).toMatchObject({ email: old.email, name: "Otto Old" });
    expect((await book(old.accessToken, event.slots[0].id)).status).toBe(201);
  });

  it("gets its profile copied when it changes it", async () => {
    const old = await signedInUserWithoutProfile(["fan"], "Olivia Old");
    const changed = await request("PUT", "/api/users/profile", { token: old.accessToken, body: { name: "Olivia New" } });
    expect(changed.body).toMatchObject({ email: old.email, name: "Olivia New" });
    expect(await tableItem({ pk: `USER#${changed.body.id}`, sk: "PROFILE" })).toMatchObject({ name: "Olivia New" });
  });
});

describe("an organiser cancelling one booking", () => {
  it("frees the seat at once and tells the fan; other admins get 404 and fans 403", async () => {
    const event = await createEvent(admin.accessToken, { title: "Organiser cancel" });
    const slot = event.slots[1];
    const booked = await book(fan.accessToken, slot.id);
    expect(booked.status).toBe(201);
    const path = `/api/events/${event.id}/bookings/${booked.body.id}`;

    const stranger = await signedInUser(["admin"]);
    expect((await request("DELETE", path, { token: stranger.accessToken })).body).toEqual(errorBody("NOT_FOUND"));
    expect((await request("DELETE", path, { token: fan.accessToken })).body).toEqual(errorBody("FORBIDDEN"));
    const otherEvent = await createEvent(admin.accessToken);
    expect((await request("DELETE", `/api/events/${otherEvent.id}/bookings/${booked.body.id}`, { token: admin.accessToken })).status).toBe(404);
    expect(await available(event.slug, slot.id)).toBe(0);

    expect((await request("DELETE", path, { token: admin.accessToken })).status).toBe(204);
    expect(await available(event.slug, slot.id)).toBe(1);
    expect((await request("GET", `/api/bookings/${booked.body.id}`, { token: fan.accessToken })).status).toBe(404);
    expect((await request("DELETE", path, { token: admin.accessToken })).status).toBe(404);

    const cancellation = await waitForSubject(fan.email, /^Cancelled: Organiser cancel/);
    expect(cancellation.body.text).toMatch(/organiser has cancelled your booking/i);
  });
});
