import { startThrowawayCloud, type LocalCloud } from "@slotbook/local";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * A local cloud of its own, whose emulators this file stops and kills one by one: what the API, its
 * readiness check and the stream poller do while a dependency is down.
 */
let cloud: LocalCloud;
let dispose: () => Promise<void>;
const logLines: string[] = [];

beforeAll(async () => {
  ({ cloud, dispose } = await startThrowawayCloud({ seed: true, log: (line) => logLines.push(line) }));
}, 60_000);
afterAll(() => dispose?.());

interface Reply {
  status: number;
  retryAfter: string | null;
  body: any;
}

async function call(method: string, path: string, options: { token?: string; body?: unknown } = {}): Promise<Reply> {
  const response = await fetch(`${cloud.urls.api}${path}`, {
    method,
    headers: { ...(options.token ? { authorization: `Bearer ${options.token}` } : {}), ...(options.body ? { "content-type": "application/json" } : {}) },
    body: options.body ? JSON.stringify(options.body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, retryAfter: response.headers.get("retry-after"), body: text ? JSON.parse(text) : undefined };
}

const signIn = async (email: string, password: string) => (await call("POST", "/api/auth/login", { body: { email, password } })).body.accessToken as string;

const unavailable = { status: 503, retryAfter: expect.stringMatching(/^\d+$/), body: { error: { code: "UNAVAILABLE", message: expect.any(String) } } };

/** Kills an emulator as a crash would, and waits until it is gone. */
async function kill(name: "dynamodb" | "cognito") {
  const child = cloud.children[name];
  child.process.kill("SIGKILL");
  await child.exited;
}

describe("per-route throttling of sign-up and confirmation", () => {
  it("a burst beyond the route's limit is 429 RATE_LIMITED with Retry-After, before any handler runs", async () => {
    for (const path of ["/api/auth/register", "/api/auth/confirm"]) {
      // Bodies that fail validation: no account is made, and the handler answers at once.
      const replies = await Promise.all(Array.from({ length: 320 }, () => call("POST", path, { body: {} })));
      const throttled = replies.filter((reply) => reply.status === 429);
      expect(throttled.length, `${path}: 429s among 320 requests`).toBeGreaterThan(0);
      expect(throttled[0]).toEqual({ status: 429, retryAfter: expect.stringMatching(/^\d+$/), body: { error: { code: "RATE_LIMITED", message: expect.any(String) } } });
      expect(replies.filter((reply) => reply.status !== 429).every((reply) => reply.status === 400)).toBe(true);
    }
  });
});

describe("a dependency that goes down", () => {
  it("is reported by the readiness check, and answered 503 UNAVAILABLE with Retry-After on every route that needs it", async () => {
    const adminToken = await signIn("admin@slotbook.local", "Demo-Admin-2026");
    const fanToken = await signIn("fan@slotbook.local", "Demo-Fan-2026");
    const slug = /\/e\/(\S+)$/.exec(cloud.urls.demoEvent ?? "")?.[1];
    const slotId = (await call("GET", `/api/events/public/${slug}`)).body.slots[1].id as string;

    expect(await call("GET", "/api/health")).toMatchObject({ status: 200, body: { status: "ok" } });
    expect(await call("GET", "/api/health?deep=1")).toMatchObject({ status: 200, body: { status: "ok", checks: { dynamodb: "ok", cognito: "ok", ses: "ok" } } });
    expect((await call("GET", "/api/health?deep=maybe")).status).toBe(400);

    // The mail emulator stopped: only the readiness check can tell (mail goes out later, from the stream).
    await cloud.ses.stop();
    const sesDown = await call("GET", "/api/health?deep=1");
    expect(sesDown).toMatchObject({ ...unavailable, body: { error: { code: "UNAVAILABLE" }, status: "degraded", checks: { dynamodb: "ok", cognito: "ok", ses: "down" } } });
    await cloud.ses.start();
    expect((await call("GET", "/api/health?deep=1")).status).toBe(200);

    // DynamoDB killed.
    const linesBefore = logLines.length;
    await kill("dynamodb");
    expect(await call("GET", "/api/events/public")).toEqual(unavailable);
    expect(await call("GET", `/api/events/public/${slug}`)).toEqual(unavailable);
    expect(await call("GET", "/api/events", { token: adminToken })).toEqual(unavailable);
    expect(await call("POST", "/api/events", { token: adminToken, body: { title: "During the outage", date: "2030-01-01", timezone: "UTC", slots: [{ startTime: "10:00", endTime: "11:00" }] } })).toEqual(unavailable);
    expect(await call("POST", "/api/bookings", { token: fanToken, body: { slotId } })).toEqual(unavailable);
    expect(await call("GET", "/api/bookings", { token: fanToken })).toEqual(unavailable);
    // Liveness stays as the contract says; readiness names the dependency that is down.
    expect(await call("GET", "/api/health")).toMatchObject({ status: 200, body: { status: "ok" } });
    const dynamoDown = await call("GET", "/api/health?deep=1");
    expect(dynamoDown).toMatchObject(unavailable);
    expect(dynamoDown.body).toMatchObject({ status: "degraded", checks: { dynamodb: "down", cognito: "ok", ses: "ok" } });

    // The stream poller says so once and backs off, rather than logging every 100 ms.
    await expect.poll(() => logLines.slice(linesBefore).filter((line) => line.startsWith("stream poller:")).length, { timeout: 5000 }).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 3000)); // with a fixed 100 ms interval: ~30 more lines
    const pollerLines = logLines.slice(linesBefore).filter((line) => line.startsWith("stream poller:"));
    expect(pollerLines).toEqual([expect.stringMatching(/^stream poller: DynamoDB can't be reached \(ECONNREFUSED\); retrying with backoff/)]);
    // And the death itself is reported, once.
    expect(logLines.slice(linesBefore).filter((line) => line.includes("stopped unexpectedly"))).toEqual(["DynamoDB Local stopped unexpectedly (killed by SIGKILL)."]);

    // cognito-local killed too.
    await kill("cognito");
    expect(await call("POST", "/api/auth/login", { body: { email: "fan@slotbook.local", password: "Demo-Fan-2026" } })).toEqual(unavailable);
    expect(await call("POST", "/api/auth/register", { body: { email: "late@example.test", password: "Correct-Horse-7", name: "Late" } })).toEqual(unavailable);
    expect(await call("POST", "/api/auth/password/forgot", { body: { email: "fan@slotbook.local" } })).toEqual(unavailable);
    const bothDown = await call("GET", "/api/health?deep=1");
    expect(bothDown.status).toBe(503);
    expect(bothDown.body.checks).toEqual({ dynamodb: "down", cognito: "down", ses: "ok" });
  }, 60_000);
});
