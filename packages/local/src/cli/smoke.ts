/**
 * `npm run smoke -- --url <api-url> [--stage S] [--region R]`
 * A short black-box check of a live stage through its public URL, run after every deploy: health, the
 * OpenAPI document, the public list; then a throwaway admin and fan (made as `npm run admin:create` makes
 * admins: in the stage's user pool with --stage, else in the local cloud) sign in, the admin publishes a
 * throwaway event, the fan books a seat and cancels it. Everything it made is deleted, pass or fail.
 * Exits 0 when every step passed, 1 (naming the step) otherwise. Mail goes only to SES's mailbox simulator.
 */
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import { z } from "zod";
import { stageAccounts, type StageAccounts } from "./stage-accounts";

const usage = "Usage: npm run smoke -- --url <api-url> [--stage S] [--region R]";
const argsSchema = z.object({ url: z.url(), stage: z.string().regex(/^[a-z0-9-]+$/).optional(), region: z.string().optional() });

const say = (line: string) => console.log(line);
function fail(message: string): never {
  console.error(`smoke: ${message}`);
  process.exit(1);
}

const { values } = parseArgs({ options: { url: { type: "string" }, stage: { type: "string" }, region: { type: "string" } }, strict: true });
const parsed = argsSchema.safeParse(values);
if (!parsed.success) fail(`${parsed.error.issues.map((issue) => `--${issue.path.join(".")}: ${issue.message}`).join("; ")}\n${usage}`);
const args = parsed.data;
const base = args.url.replace(/\/+$/, "");

interface Answer {
  status: number;
  body: any;
}
async function call(method: string, path: string, options: { token?: string; body?: unknown } = {}): Promise<Answer> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { ...(options.body === undefined ? {} : { "content-type": "application/json" }), ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: AbortSignal.timeout(15_000),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: kept as text for the message
  }
  return { status: response.status, body };
}

/** One step: passes when `check` returns nothing, else fails the run with what it returned. */
async function step<T>(name: string, run: () => Promise<T>, check: (result: T) => string | undefined = () => undefined): Promise<T> {
  const started = Date.now();
  let result: T;
  try {
    result = await run();
  } catch (error) {
    throw new Error(`${name}: ${(error as Error).message}`);
  }
  const problem = check(result);
  if (problem) throw new Error(`${name}: ${problem}`);
  say(`ok  ${name} (${Date.now() - started} ms)`);
  return result;
}
const expectStatus = (status: number) => (answer: Answer) => (answer.status === status ? undefined : `expected ${status}, got ${answer.status} ${JSON.stringify(answer.body)?.slice(0, 300)}`);

const run = randomUUID().slice(0, 8);
// SES's mailbox simulator accepts mail in the sandbox and never counts against the sender's reputation.
const person = (role: string) => ({ email: `success+slotbook-smoke-${role}-${run}@simulator.amazonses.com`, password: `Smoke-${randomUUID()}-A1`, name: `Smoke ${role} ${run}` });
const admin = person("admin");
const fan = person("fan");

let target: StageAccounts | undefined;
const made: { users: Array<{ id: string; email: string }>; eventId?: string; adminToken?: string } = { users: [] };
let failure: Error | undefined;

say(`Smoke test of ${base} (run ${run})`);
try {
  await step("GET /api/health", () => call("GET", "/api/health"), (a) => expectStatus(200)(a) ?? (a.body?.status === "ok" ? undefined : `unexpected body ${JSON.stringify(a.body)}`));
  await step("GET /api/openapi.json", () => call("GET", "/api/openapi.json"), (a) => expectStatus(200)(a) ?? (String(a.body?.openapi).startsWith("3.1") ? undefined : "not an OpenAPI 3.1 document"));
  await step("GET /api/events/public", () => call("GET", "/api/events/public"), (a) => expectStatus(200)(a) ?? (Array.isArray(a.body?.items) ? undefined : "no items"));

  target = await step(`connect to ${args.stage ? `stage ${args.stage}` : "the local cloud"}'s accounts`, () => stageAccounts(args));
  for (const [account, role] of [[admin, "admin"], [fan, "fan"]] as const) {
    const created = await step(`create a throwaway ${role}`, () => target!.accounts.createConfirmed(account, role));
    made.users.push({ id: created.id, email: account.email });
  }
  const signIn = (account: typeof admin) => step(`sign in as the ${account === admin ? "admin" : "fan"}`, () => call("POST", "/api/auth/login", { body: { email: account.email, password: account.password } }), expectStatus(200));
  const adminToken = (await signIn(admin)).body.accessToken as string;
  made.adminToken = adminToken;
  const fanToken = (await signIn(fan)).body.accessToken as string;

  const date = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
  const event = await step("create a throwaway event", () =>
    call("POST", "/api/events", { token: adminToken, body: { title: `Smoke test ${run}`, description: "Made and deleted by the post-deploy smoke test.", date, timezone: "UTC", slots: [{ startTime: "10:00", endTime: "10:30", capacity: 1 }] } }), expectStatus(201));
  made.eventId = event.body.id;
  const published = await step("publish it", () => call("POST", `/api/events/${made.eventId}/publish`, { token: adminToken }), expectStatus(200));
  const booking = await step("book its slot as the fan", () => call("POST", "/api/bookings", { token: fanToken, body: { slotId: event.body.slots[0].id } }), expectStatus(201));
  await step("read the booking back", () => call("GET", `/api/bookings/${booking.body.id}`, { token: fanToken }), (a) => expectStatus(200)(a) ?? (a.body?.status === "confirmed" ? undefined : `status ${a.body?.status}`));
  await step("cancel it", () => call("DELETE", `/api/bookings/${booking.body.id}`, { token: fanToken }), expectStatus(204));
  await step("the seat is free again", () => call("GET", `/api/events/public/${published.body.slug}/slots`), (a) => expectStatus(200)(a) ?? (a.body?.items?.[0]?.available === 1 ? undefined : `available ${a.body?.items?.[0]?.available}`));
} catch (error) {
  failure = error as Error;
} finally {
  // Clean up whatever was made, whatever failed.
  const cleanup: string[] = [];
  if (made.eventId && made.adminToken) {
    const deleted = await call("DELETE", `/api/events/${made.eventId}`, { token: made.adminToken }).catch((error: Error) => ({ status: 0, body: error.message }));
    if (deleted.status === 204) say("ok  delete the throwaway event");
    else cleanup.push(`deleting event ${made.eventId}: ${deleted.status} ${JSON.stringify(deleted.body)}`);
  }
  for (const user of made.users) {
    try {
      await target!.remove(user);
      say(`ok  delete ${user.email}`);
    } catch (error) {
      cleanup.push(`deleting ${user.email}: ${(error as Error).message}`);
    }
  }
  target?.close();
  if (cleanup.length) failure ??= new Error(`cleanup failed: ${cleanup.join("; ")}`);
}
if (failure) fail(failure.message);
say("Smoke test passed.");
