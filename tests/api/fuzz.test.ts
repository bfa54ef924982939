import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { BatchGetCommand, DynamoDBDocumentClient, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { errorStatus, routeList, type RouteSpec } from "@slotbook/functions";
import fc from "fast-check";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { createEvent, eventInput } from "../support/events";
import { request } from "../support/http";
import { signedInUser } from "../support/users";

/**
 * Property-based fuzzing of every route in the route table: generated paths, queries, headers and bodies
 * (valid bodies with one field broken, unknown fields, JSON of any shape, text that is not JSON, hostile
 * strings). Every answer is below 500, every 4xx carries the contract's error body with the status its code
 * maps to, and a refused request never changes what the fuzzing users own. Replay a failure with
 * FUZZ_SEED=<the printed seed>.
 */
// URLs stay within what API Gateway admits (its request line limit is 10 KiB): longer ones never reach a function.
const requestCount = Number(process.env.FUZZ_REQUESTS ?? 2400);
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const concurrency = 8;
const batchSize = 48;

type Who = "none" | "admin" | "fan" | "garbage";
interface FuzzRequest {
  route: string;
  method: string;
  path: string;
  who: Who;
  headers: Record<string, string>;
  body?: string;
}

let admin: { token: string; id: string };
let fan: { token: string; id: string };
let event: { id: string; slug: string; slots: Array<{ id: string }> };
let bookingId: string;

beforeAll(async () => {
  const [a, f] = await Promise.all([signedInUser(["admin"], "Fuzz Admin"), signedInUser(["fan"], "Fuzz Fan")]);
  const idOf = async (token: string) => (await request("GET", "/api/auth/session", { token })).body.id as string;
  admin = { token: a.accessToken, id: await idOf(a.accessToken) };
  fan = { token: f.accessToken, id: await idOf(f.accessToken) };
  event = await createEvent(admin.token, { slots: [{ startTime: "10:00", endTime: "10:30", capacity: 5 }, { startTime: "11:00", endTime: "11:30", capacity: 5 }] });
  bookingId = (await request("POST", "/api/bookings", { token: fan.token, body: { slotId: event.slots[0]!.id } })).body.id;
});

/** A request body that is valid for each route, to break one piece at a time. */
const validBodies = (): Record<string, Record<string, unknown>> => ({
  register: { email: "fuzz@example.test", password: "Correct-Horse-7", name: "Fuzz" },
  confirm: { email: "fuzz@example.test", code: "123456" },
  resendConfirmation: { email: "fuzz@example.test" },
  login: { email: "fuzz@example.test", password: "Correct-Horse-7" },
  refresh: { refreshToken: "not-a-token" },
  logout: { refreshToken: "not-a-token" },
  forgotPassword: { email: "fuzz@example.test" },
  resetPassword: { email: "fuzz@example.test", code: "123456", newPassword: "Correct-Horse-8" },
  updateProfile: { name: "Fuzz Fan", phone: "+4915112345678" },
  changePassword: { currentPassword: "wrong", newPassword: "Correct-Horse-8" },
  createEvent: eventInput(),
  updateEvent: { title: "Fuzzed" },
  createBooking: { slotId: event.slots[1]!.id, fanName: "Fuzz Fan" },
});

const hostileString = fc.oneof(
  fc.constantFrom("", " ", "\u0000", "a\r\nBcc: x@y.test", "\u202Eevil", "\u200B\u200B", "\uD800", "\uDFFF", "💥".repeat(300), "x".repeat(70_000), "null", "{}", "../../etc/passwd", "%00", "<script>"),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ maxLength: 300 }),
);
const anyJsonValue = fc.oneof(hostileString, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 4 }), fc.anything({ maxDepth: 3 }));
const headerSafe = fc.stringMatching(/^[\x21-\x7e]{0,300}$/);

function bodyFor(routeName: string, route: RouteSpec): fc.Arbitrary<string | undefined> {
  const valid = validBodies()[routeName];
  const generic = fc.oneof(
    fc.constant(undefined),
    anyJsonValue.map((value) => JSON.stringify(value)),
    fc.string({ maxLength: 200 }),
  );
  if (!route.request?.body || !valid) return generic;
  const fields = Object.keys(valid);
  return fc.oneof(
    { weight: 1, arbitrary: generic },
    { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...fields), anyJsonValue).map(([field, value]) => JSON.stringify({ ...valid, [field]: value })) },
    { weight: 1, arbitrary: fc.constantFrom(...fields).map((field) => JSON.stringify(Object.fromEntries(Object.entries(valid).filter(([key]) => key !== field)))) },
    { weight: 1, arbitrary: fc.tuple(fc.string({ maxLength: 20 }), anyJsonValue).map(([field, value]) => JSON.stringify({ ...valid, [`${field}_`]: value })) },
  );
}

/** Percent-encodes a path segment; a lone surrogate (not encodable) goes as the bytes of one, which is not UTF-8. */
const encodeSegment = (value: string) => value.replace(/[\uD800-\uDFFF]/g, "\u0000").split("\u0000").map(encodeURIComponent).join("%ED%A0%80");

function pathFor(route: RouteSpec): fc.Arbitrary<string> {
  const known = [event.id, event.slug, event.slots[0]!.id, bookingId];
  const segment = fc.oneof(fc.constantFrom(...known), fc.string({ maxLength: 60 }), hostileString).map((value) => encodeSegment(value.slice(0, 500)));
  if (route.path === "/{proxy+}") return fc.array(segment, { minLength: 1, maxLength: 4 }).map((parts) => `/api/x${parts.join("/")}`);
  const names = [...route.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
  const query = fc.dictionary(fc.constantFrom("cursor", "limit", "deep", "x"), fc.oneof(fc.string({ maxLength: 80 }), hostileString, fc.integer().map(String)), { maxKeys: 3 });
  return fc.tuple(fc.tuple(...names.map(() => segment)), query).map(([values, params]) => {
    let path = route.path;
    names.forEach((name, i) => (path = path.replace(`{${name}}`, values[i] || "x")));
    const search = new URLSearchParams(Object.fromEntries(Object.entries(params).map(([key, value]) => [key, value.replace(/[\uD800-\uDFFF]/g, "").slice(0, 1000)]))).toString();
    return search ? `${path}?${search}` : path;
  });
}

const requests = (): fc.Arbitrary<FuzzRequest> =>
  fc.oneof(
    ...routeList.map((route) =>
      fc
        .record({
          path: pathFor(route),
          who: fc.constantFrom<Who>("none", "admin", "fan", "garbage"),
          contentType: fc.option(fc.constantFrom("application/json", "application/json; charset=utf-8", "text/plain", "application/x-www-form-urlencoded"), { nil: undefined }),
          idempotencyKey: fc.option(headerSafe, { nil: undefined }),
          body: bodyFor(route.name, route),
        })
        .map(({ path, who, contentType, idempotencyKey, body }) => ({
          route: route.name,
          method: route.method === "ANY" ? "POST" : route.method,
          path,
          who,
          headers: { ...(contentType ? { "content-type": contentType } : {}), ...(idempotencyKey !== undefined ? { "idempotency-key": idempotencyKey } : {}) },
          ...(body !== undefined && route.method !== "GET" ? { body } : {}),
        })),
    ),
  );

/** What the fuzzing users own, read straight from the table: their events, bookings, profiles and the event's slots. */
async function ownedState() {
  const { dynamodbUrl, tableName } = inject("localCloud");
  const client = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: dynamodbUrl, region: "us-east-1", credentials: { accessKeyId: "local", secretAccessKey: "local" } }));
  try {
    const byOwner = (key: string) => client.send(new QueryCommand({ TableName: tableName, IndexName: "byOwner", KeyConditionExpression: "ownerKey = :key", ExpressionAttributeValues: { ":key": key } }));
    const slot = (slotId: string) => client.send(new QueryCommand({ TableName: tableName, KeyConditionExpression: "pk = :pk", ExpressionAttributeValues: { ":pk": `SLOT#${slotId}` }, ConsistentRead: true }));
    const [events, bookings, profiles, ...slots] = await Promise.all([
      byOwner(`ADMIN#${admin.id}`),
      byOwner(`FAN#${fan.id}`),
      client.send(new BatchGetCommand({ RequestItems: { [tableName]: { Keys: [admin.id, fan.id].map((id) => ({ pk: `USER#${id}`, sk: "PROFILE" })), ConsistentRead: true } } })),
      ...event.slots.map((s) => slot(s.id)),
    ]);
    const sorted = (items: unknown[] | undefined) => (items ?? []).map((item) => JSON.stringify(item)).sort();
    return JSON.stringify([sorted(events.Items), sorted(bookings.Items), sorted(profiles.Responses?.[tableName]), ...slots.map((page) => sorted(page.Items))]);
  } finally {
    client.destroy();
  }
}

const tokenOf = (who: Who) => (who === "admin" ? admin.token : who === "fan" ? fan.token : who === "garbage" ? "eyJhbGciOiJub25lIn0.e30." : undefined);

async function send(fuzz: FuzzRequest) {
  const token = tokenOf(fuzz.who);
  const response = await fetch(`${inject("localCloud").apiUrl}${fuzz.path}`, {
    method: fuzz.method,
    headers: { ...fuzz.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: fuzz.body,
  });
  const text = await response.text();
  return { status: response.status, text };
}

function problemWith(fuzz: FuzzRequest, status: number, text: string): string | undefined {
  if (status >= 500) return `answered ${status}: ${text.slice(0, 300)}`;
  if (status < 400) return undefined;
  let body: { error?: { code?: unknown; message?: unknown; details?: unknown } };
  try {
    body = JSON.parse(text);
  } catch {
    return `answered ${status} without a JSON error body: ${text.slice(0, 200)}`;
  }
  const error = body?.error;
  if (!error || typeof error.code !== "string" || typeof error.message !== "string") return `answered ${status} with ${text.slice(0, 200)}`;
  if (!(error.code in errorStatus)) return `unknown error code ${error.code}`;
  if (errorStatus[error.code as keyof typeof errorStatus] !== status) return `code ${error.code} with status ${status}`;
  if (Object.keys(body).length !== 1 || Object.keys(error).some((key) => !["code", "message", "details"].includes(key))) return `extra fields in ${text.slice(0, 200)}`;
  if (error.details !== undefined && !(Array.isArray(error.details) && error.details.every((d) => typeof d?.path === "string" && typeof d?.message === "string"))) {
    return `malformed details in ${text.slice(0, 200)}`;
  }
  void fuzz;
  return undefined;
}

describe("every route, fuzzed", () => {
  it(`answers ${requestCount} generated requests with no 5xx, the contract's error body on every 4xx, and stores nothing it refused`, async () => {
    console.log(`fuzz: seed ${seed} (replay with FUZZ_SEED=${seed}), ${requestCount} requests over ${routeList.length} routes`);
    const generated = fc.sample(requests(), { seed, numRuns: requestCount });
    const problems: string[] = [];
    const statuses = new Map<number, number>();
    let comparedBatches = 0;
    for (let start = 0; start < generated.length; start += batchSize) {
      const batch = generated.slice(start, start + batchSize);
      const before = await ownedState();
      let accepted = false;
      for (let i = 0; i < batch.length; i += concurrency) {
        await Promise.all(
          batch.slice(i, i + concurrency).map(async (fuzz) => {
            const { status, text } = await send(fuzz);
            statuses.set(status, (statuses.get(status) ?? 0) + 1);
            if (fuzz.method !== "GET" && status < 400) accepted = true;
            const problem = problemWith(fuzz, status, text);
            if (problem) problems.push(`${fuzz.method} ${fuzz.path.slice(0, 200)} as ${fuzz.who} ${JSON.stringify(fuzz.headers)} body ${JSON.stringify(fuzz.body?.slice(0, 200))}: ${problem}`);
          }),
        );
      }
      // Only a batch in which every write was refused must leave the users' data exactly as it was.
      if (!accepted) {
        comparedBatches += 1;
        const after = await ownedState();
        if (after !== before) problems.push(`a batch of refused requests (from #${start}) changed stored data`);
      }
    }
    console.log(`fuzz: statuses ${JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)))}; ${comparedBatches} all-refused batches compared`);
    expect(problems, `seed ${seed}`).toEqual([]);
    expect(comparedBatches).toBeGreaterThan(generated.length / batchSize / 2);
  }, 240_000);
});
