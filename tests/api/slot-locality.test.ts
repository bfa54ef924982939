import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { PartitionTouch } from "@slotbook/core";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { book, createEvent } from "../support/events";
import { request, type ApiResponse } from "../support/http";
import { signedInUser } from "../support/users";

/** The DynamoDB partitions each request touched, from its log line (the API tests' local cloud records them). */
async function partitionsOf(response: ApiResponse): Promise<PartitionTouch[]> {
  const requestId = response.headers.get("x-request-id");
  const lines = (await readFile(inject("localCloud").apiLogFile, "utf8")).split("\n").filter(Boolean);
  const entry = lines.map((line) => JSON.parse(line) as { requestId?: string; message: string; partitions?: PartitionTouch[] }).find((line) => line.message === "request" && line.requestId === requestId);
  if (!entry?.partitions) throw new Error(`No partitions logged for request ${requestId}.`);
  return entry.partitions;
}

let admin: string;
let fan: { accessToken: string; id: string };
beforeAll(async () => {
  const [a, f] = await Promise.all([signedInUser(["admin"]), signedInUser(["fan"])]);
  admin = a.accessToken;
  fan = { accessToken: f.accessToken, id: (await request("GET", "/api/auth/session", { token: f.accessToken })).body.id };
});

describe("the booking path", () => {
  it("reads and writes only its slot's partition and the fan's own items: never the event's, never an index partition of the event", async () => {
    const event = await createEvent(admin, { slots: [{ startTime: "10:00", endTime: "10:30", capacity: 1 }, { startTime: "11:00", endTime: "11:30", capacity: 1 }] });
    const slot = event.slots[0];
    const other = await signedInUser(["fan"]);
    const own = (touch: PartitionTouch, fanId: string) =>
      (touch.on === "table" && (touch.key === `SLOT#${slot.id}` || touch.key === `USER#${fanId}` || touch.key.startsWith(`IDEMPOTENCY#${fanId}#`))) ||
      (touch.on === "byOwner" && touch.key === `FAN#${fanId}`);

    const booked = await book(fan.accessToken, slot.id, {}, { "idempotency-key": randomUUID() });
    expect(booked.status).toBe(201);
    const refused = await book(other.accessToken, slot.id); // full: refused on its read
    expect(refused.status).toBe(409);
    const cancelled = await request("DELETE", `/api/bookings/${booked.body.id}`, { token: fan.accessToken });
    expect(cancelled.status).toBe(204);
    const otherId = (await request("GET", "/api/auth/session", { token: other.accessToken })).body.id;

    for (const [response, fanId] of [[booked, fan.id], [refused, otherId], [cancelled, fan.id]] as const) {
      const touched = await partitionsOf(response);
      expect(touched.length).toBeGreaterThan(0);
      expect(touched.filter((touch) => !own(touch, fanId)), `${response.status}: ${JSON.stringify(touched)}`).toEqual([]);
    }
    // The seat really was taken and given back: the slot's partition was written.
    expect((await partitionsOf(booked)).some((touch) => touch.kind === "write" && touch.key === `SLOT#${slot.id}`)).toBe(true);
  });

  it("reads public availability by the slots' own keys: no partition shared by the event is written per booking, none read by the page", async () => {
    const event = await createEvent(admin);
    const page = await request("GET", `/api/events/public/${event.slug}`);
    expect(page.status).toBe(200);
    const touched = await partitionsOf(page);
    expect(touched.map((touch) => `${touch.on} ${touch.key}`).sort()).toEqual([`table SLUG#${event.slug}`, ...event.slots.map((slot: { id: string }) => `table SLOT#${slot.id}`)].sort());
  });
});
