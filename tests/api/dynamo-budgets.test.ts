import { readFile } from "node:fs/promises";
import { routeList } from "@slotbook/functions";
import { describe, expect, inject, it } from "vitest";
import { request, type ApiResponse } from "../support/http";
import { book, createEvent } from "../support/events";
import { signedInUser } from "../support/users";

/** Every request's log line carries its route and how many DynamoDB calls it made (counted by an SDK middleware). */
async function callsByRequestId(): Promise<Map<string, { route: string; dynamoCalls: number }>> {
  const lines = (await readFile(inject("localCloud").apiLogFile, "utf8")).split("\n").filter(Boolean);
  const entries = lines.map((line) => JSON.parse(line) as { requestId?: string; route?: string; dynamoCalls?: number; message: string });
  return new Map(entries.filter((entry) => entry.message === "request" && entry.requestId).map((entry) => [entry.requestId!, { route: entry.route!, dynamoCalls: entry.dynamoCalls ?? 0 }]));
}

const time = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

describe("DynamoDB calls per request", () => {
  it("stay within each route's budget in the route table, for every route, on realistic data", async () => {
    const [admin, fan] = await Promise.all([signedInUser(["admin"]), signedInUser(["fan"])]);
    const responses: ApiResponse[] = [];
    const call = async (...args: Parameters<typeof request>) => {
      const response = await request(...args);
      responses.push(response);
      return response;
    };

    // A big event (150 slots: more than one counter read's worth) and a small one.
    const big = await createEvent(admin.accessToken, { title: "Big", slots: Array.from({ length: 150 }, (_, i) => ({ startTime: time(i * 9), endTime: time(i * 9 + 8), capacity: 10 })) });
    const small = await createEvent(admin.accessToken, { title: "Small" }, false);
    const booked = await book(fan.accessToken, big.slots[3].id, {}, { "Idempotency-Key": "budget-test" });
    responses.push(booked);
    responses.push(await book(fan.accessToken, big.slots[3].id, {}, { "Idempotency-Key": "budget-test" })); // a replay

    await call("POST", "/api/events", { token: admin.accessToken, body: { title: "Another", date: big.date, timezone: "UTC", slots: [{ startTime: "10:00", endTime: "11:00" }] } });
    await call("GET", "/api/events?limit=20", { token: admin.accessToken });
    await call("GET", `/api/events/${big.id}`, { token: admin.accessToken });
    await call("PUT", `/api/events/${small.id}`, { token: admin.accessToken, body: { title: "Small, renamed", slots: [{ id: small.slots[0].id, startTime: "10:00", endTime: "10:30", capacity: 9 }] } });
    await call("POST", `/api/events/${small.id}/publish`, { token: admin.accessToken });
    await call("GET", `/api/events/${big.id}/bookings`, { token: admin.accessToken });
    await call("GET", "/api/events/public?limit=20");
    await call("GET", `/api/events/public/${big.slug}`);
    await call("GET", `/api/events/public/${big.slug}/slots`);
    await call("GET", "/api/bookings", { token: fan.accessToken });
    await call("GET", `/api/bookings/${booked.body.id}`, { token: fan.accessToken });
    responses.push(await fetch(`${inject("localCloud").apiUrl}/api/bookings/${booked.body.id}/calendar`, { headers: { authorization: `Bearer ${fan.accessToken}` } }).then((r) => ({ status: r.status, headers: r.headers, body: undefined })));
    await call("DELETE", `/api/bookings/${booked.body.id}`, { token: fan.accessToken });
    await call("GET", "/api/users/profile", { token: fan.accessToken });
    await call("GET", "/api/health");

    const logged = await callsByRequestId();
    const seen = new Map<string, number>();
    for (const response of responses) {
      const entry = logged.get(response.headers.get("x-request-id") ?? "");
      expect(entry, "every response has its log line").toBeDefined();
      seen.set(entry!.route, Math.max(seen.get(entry!.route) ?? 0, entry!.dynamoCalls));
    }
    for (const route of routeList) {
      const key = `${route.method} ${route.path}`;
      if (route.dynamoCalls === "proportional") continue;
      if (route.dynamoCalls > 0) expect(seen.has(key), `${key} was exercised`).toBe(true);
      if (seen.has(key)) expect(seen.get(key), key).toBeLessThanOrEqual(route.dynamoCalls);
    }
    // The counted figures are real, not zeros: booking is a read and a transaction.
    expect(seen.get("POST /api/bookings")).toBe(2);
  });
});
