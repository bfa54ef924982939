import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { budgetedServices, type BudgetedService } from "@slotbook/core";
import { routeList } from "@slotbook/functions";
import { describe, expect, inject, it } from "vitest";
import { request, type ApiResponse } from "../support/http";
import { book, createEvent } from "../support/events";
import { SignUpCommand } from "@aws-sdk/client-cognito-identity-provider";
import { cognitoClient, signedInUser } from "../support/users";
import { waitForSubject } from "../support/mailbox";
import { sendRemindersFunction } from "@slotbook/functions/scheduled/definition";
import { codeFrom } from "../support/mailbox";

type Counts = Record<BudgetedService, number>;
const logField: Record<BudgetedService, string> = { dynamodb: "dynamoCalls", cognito: "cognitoCalls", ses: "sesCalls" };

/** Every request's log line carries its route and its AWS calls per service (counted by an SDK middleware). */
async function callsByRequestId(): Promise<Map<string, { route: string; calls: Counts }>> {
  const lines = (await readFile(inject("localCloud").apiLogFile, "utf8")).split("\n").filter(Boolean);
  const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown> & { requestId?: string; route?: string; message: string });
  return new Map(
    entries
      .filter((entry) => entry.message === "request" && entry.requestId)
      .map((entry) => [
        entry.requestId!,
        { route: entry.route!, calls: Object.fromEntries(budgetedServices.map((service) => [service, Number(entry[logField[service]] ?? 0)])) as Counts },
      ]),
  );
}

const time = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

describe("AWS calls per request", () => {
  it("stay within each route's budget in the route table (DynamoDB, Cognito, SES), for every route, on realistic data", async () => {
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
    await call("POST", `/api/events/${big.id}/publish`, { token: admin.accessToken }); // again: harmless, re-opens its slots
    await call("GET", `/api/events/${big.id}/bookings`, { token: admin.accessToken });
    await call("GET", "/api/events/public?limit=20");
    await call("GET", `/api/events/public/${big.slug}`);
    await call("GET", `/api/events/public/${big.slug}/slots`);
    await call("GET", "/api/bookings", { token: fan.accessToken });
    await call("GET", `/api/bookings/${booked.body.id}`, { token: fan.accessToken });
    responses.push(await fetch(`${inject("localCloud").apiUrl}/api/bookings/${booked.body.id}/calendar`, { headers: { authorization: `Bearer ${fan.accessToken}` } }).then((r) => ({ status: r.status, headers: r.headers, body: undefined })));
    await call("DELETE", `/api/bookings/${booked.body.id}`, { token: fan.accessToken });
    const rebooked = await book(fan.accessToken, big.slots[4].id);
    const moved = await call("POST", `/api/bookings/${rebooked.body.id}/move`, { token: fan.accessToken, body: { slotId: big.slots[5].id } });
    await call("POST", `/api/events/${big.id}/bookings/${moved.body.id}/check-in`, { token: admin.accessToken });
    await call("DELETE", `/api/events/${big.id}/bookings/${moved.body.id}`, { token: admin.accessToken });
    // The waitlist: a full slot, a fan queues, a seat frees up, the offer is claimed; another fan queues and leaves.
    const tiny = await createEvent(admin.accessToken, { title: "Tiny", slots: [{ startTime: "10:00", endTime: "11:00", capacity: 1 }] });
    const [holder, waiter, quitter] = await Promise.all([signedInUser(["fan"]), signedInUser(["fan"]), signedInUser(["fan"])]);
    const seat = await book(holder.accessToken, tiny.slots[0].id);
    const entry = await call("POST", "/api/waitlist", { token: waiter.accessToken, body: { slotId: tiny.slots[0].id } });
    const left = await call("POST", "/api/waitlist", { token: quitter.accessToken, body: { slotId: tiny.slots[0].id } });
    await call("DELETE", `/api/waitlist/${left.body.id}`, { token: quitter.accessToken });
    await request("DELETE", `/api/bookings/${seat.body.id}`, { token: holder.accessToken });
    for (let tries = 0; (await request("GET", "/api/waitlist", { token: waiter.accessToken })).body.items[0]?.status !== "offered"; tries += 1) {
      if (tries > 100) throw new Error("No waitlist offer was made.");
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await call("GET", "/api/waitlist", { token: waiter.accessToken });
    await call("POST", `/api/waitlist/${entry.body.id}/claim`, { token: waiter.accessToken });
    await call("GET", `/api/events/${tiny.id}/waitlist`, { token: admin.accessToken });
    // A reminder's release link: the sweep run at the reminder's time (an event of its own, far ahead), then the link.
    const reminded = await createEvent(admin.accessToken, { title: "Reminded", date: new Date(Date.now() + (500 + Math.floor(Math.random() * 500)) * 86_400_000).toISOString().slice(0, 10), timezone: "UTC", slots: [{ startTime: "04:53", endTime: "05:23" }] });
    await book(holder.accessToken, reminded.slots[0].id);
    await fetch(`${inject("localCloud").apiUrl}/2015-03-31/functions/${sendRemindersFunction.functionName}/invocations`, { method: "POST", body: JSON.stringify({ time: new Date(Date.parse(reminded.slots[0].startsAt) - 1439 * 60_000).toISOString() }) });
    const releaseToken = decodeURIComponent(/\/release\?token=([^\s"<>]+)/.exec((await waitForSubject(holder.email, /^Reminder: Reminded/)).body.text ?? "")![1]!);
    await call("GET", `/api/bookings/release?token=${encodeURIComponent(releaseToken)}`);
    await call("POST", "/api/bookings/release", { body: { token: releaseToken } });
    await call("DELETE", `/api/events/${small.id}`, { token: admin.accessToken });

    // Accounts: every auth and profile route, each on its most expensive path.
    const email = `budget-${randomUUID()}@example.test`;
    const password = `Pw-${randomUUID()}A1`;
    await call("POST", "/api/auth/register", { body: { email, password, name: "Budget Fan" } });
    await call("POST", "/api/auth/confirm", { body: { email, code: "000000" } });
    await call("POST", "/api/auth/confirm/resend", { body: { email } });
    const login = await call("POST", "/api/auth/login", { body: { email: fan.email, password: fan.password } });
    await call("POST", "/api/auth/refresh", { body: { refreshToken: login.body.refreshToken } });
    await call("GET", "/api/auth/session", { token: fan.accessToken });
    await call("GET", "/api/users/profile", { token: fan.accessToken });
    await call("PUT", "/api/users/profile", { token: fan.accessToken, body: { name: "Renamed Fan", phone: null } });
    await call("PUT", "/api/users/password", { token: fan.accessToken, body: { currentPassword: `${fan.password}-wrong`, newPassword: `Pw-${randomUUID()}A1` } });
    await call("POST", "/api/auth/password/forgot", { body: { email: fan.email } });
    await call("POST", "/api/auth/password/reset", { body: { email: fan.email, code: "000000", newPassword: `Pw-${randomUUID()}A1` } });
    await call("POST", "/api/auth/logout", { token: login.body.accessToken, body: { refreshToken: login.body.refreshToken } });
    // A code sign-in that makes a new fan: its most expensive path.
    const codeEmail = `budget-code-${randomUUID()}@example.test`;
    await call("POST", "/api/auth/code", { body: { email: codeEmail, name: "Code Fan" } });
    await call("POST", "/api/auth/code/verify", { body: { email: codeEmail, code: await codeFrom(codeEmail, 0) } });
    // And one that confirms an account registered with a password but never confirmed (AdminConfirmSignUp).
    const unconfirmedEmail = `budget-unconfirmed-${randomUUID()}@example.test`;
    await cognitoClient().send(new SignUpCommand({ ClientId: inject("localCloud").userPoolClientId, Username: unconfirmedEmail, Password: `Pw-${randomUUID()}A1`, UserAttributes: [{ Name: "email", Value: unconfirmedEmail }, { Name: "name", Value: "Una Budget" }] }));
    await call("POST", "/api/auth/code", { body: { email: unconfirmedEmail } });
    const confirmedByCode = await call("POST", "/api/auth/code/verify", { body: { email: unconfirmedEmail, code: await codeFrom(unconfirmedEmail, 1) } });
    expect(confirmedByCode.status, JSON.stringify(confirmedByCode.body)).toBe(200);
    await call("GET", "/api/health?deep=1"); // its most expensive path: the readiness check
    await call("GET", "/api/openapi.json");
    await call("GET", "/api/no/such/route");

    const logged = await callsByRequestId();
    const seen = new Map<string, Counts>();
    for (const response of responses) {
      const entry = logged.get(response.headers.get("x-request-id") ?? "");
      expect(entry, "every response has its log line").toBeDefined();
      const before = seen.get(entry!.route);
      seen.set(entry!.route, Object.fromEntries(budgetedServices.map((service) => [service, Math.max(before?.[service] ?? 0, entry!.calls[service])])) as Counts);
    }
    const overBudget: string[] = [];
    for (const route of routeList) {
      const key = `${route.method} ${route.path}`;
      const budget = route.calls;
      const spends = budgetedServices.some((service) => budget[service] === "proportional" || (budget[service] as number) > 0);
      if (spends) expect(seen.has(key), `${key} was exercised`).toBe(true);
      const counts = seen.get(key);
      if (!counts) continue;
      for (const service of budgetedServices) {
        const allowed = budget[service];
        if (allowed !== "proportional" && counts[service] > allowed) overBudget.push(`${key}: ${counts[service]} ${service} calls, budget ${allowed}`);
      }
    }
    expect(overBudget).toEqual([]);
    // Only organiser writes may grow with an event's slots; a fan's and every public route stay fixed.
    for (const route of routeList.filter((entry) => entry.auth === "public" || entry.roles?.includes("fan"))) {
      expect(typeof route.calls.dynamodb, `${route.method} ${route.path}`).toBe("number");
    }
    // The counted figures are real, not zeros: booking is a read and a transaction; a profile is the account and its groups.
    expect(seen.get("POST /api/bookings")?.dynamodb).toBe(2);
    expect(seen.get("POST /api/bookings/{id}/move")?.dynamodb).toBe(2);
    expect(seen.get("POST /api/bookings/release")?.dynamodb).toBe(2);
    expect(seen.get("POST /api/auth/login")?.cognito).toBe(1);
    expect(seen.get("POST /api/auth/code/verify")).toEqual({ dynamodb: 3, cognito: 6, ses: 0 });
    // The hot paths never ask Cognito: a fan's name and verified email come from the profile in the table.
    for (const key of ["POST /api/bookings", "GET /api/bookings", "GET /api/bookings/{id}", "GET /api/bookings/{id}/calendar", "DELETE /api/bookings/{id}", "POST /api/bookings/{id}/move", "GET /api/bookings/release", "POST /api/bookings/release", "GET /api/events/public", "GET /api/events/public/{url}", "GET /api/events/public/{url}/slots", "GET /api/users/profile"]) {
      expect(seen.get(key)?.cognito, key).toBe(0);
    }
  });
});
