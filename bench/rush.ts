/**
 * The on-sale rush, scaled down and measured, then extrapolated to the day it is for: 10,000 fans in 10 s on
 * one event of 20 slots. Runs on its own local cloud with the partition recorder on (every request's log
 * line lists the DynamoDB partitions it touched and their billing units; see partition-touches.ts), so the
 * load on each partition key (table and index) can be set against DynamoDB's per-partition limits.
 *
 * `npx tsx bench/rush.ts` alone, or as part of `npm run bench` (in a process of its own: a process's handlers
 * keep the clients of the first local cloud they ran against). Prints; never fails on a number.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { recordPartitionsEnv, type PartitionTouch } from "@slotbook/core";
import { captureHandlerLogs, createSignedInUser, createSignedInUsers, poolAccessOf, startThrowawayCloud } from "@slotbook/local";
import { apiClient } from "./http";

/** The day the bench is for, and the scaled-down run that stands for it. */
export const rushScenario = {
  fans: 10_000,
  seconds: 10,
  slots: 20,
  capacityPerSlot: 25,
  /** What the run does: page views (each the event and its live slots) and booking attempts. */
  pageViews: 2_000,
  bookingAttempts: 500,
  /** CloudFront: public reads are fresh for s-maxage, and each regional edge cache refreshes on its own. */
  sMaxAgeSeconds: 5,
  regionalEdgeCaches: 13,
};

/** DynamoDB's per-partition limits. */
const limits = { read: 3000, write: 1000 };

interface Request {
  route: string;
  status: number;
  cognitoCalls: number;
  partitions: PartitionTouch[];
}

export interface PartitionLoad {
  partition: string;
  readsPerSecond: number;
  writesPerSecond: number;
  /** The larger of its read and write share of the partition's limits. */
  share: number;
}

export interface RushFigures {
  scenario: typeof rushScenario;
  booked: number;
  refused: number;
  serverErrors: number;
  cognitoCallsPerBooking: number;
  originRequestsWithCdn: number;
  originRequestsWithoutCdn: number;
  /** Busiest partitions in the 10,000-fan scenario, with the CDN in front (current design). */
  current: PartitionLoad[];
  /** The same counts through the previous design's access pattern (event item read per booking, byEvent index). */
  previous: PartitionLoad[];
  wallMs: number;
}

const say = (line = "") => process.stderr.write(`${line}\n`);
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const time = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

/** One partition per key, except that many keys of one kind (each fan's) are reported by their busiest one. */
const partitionName = (touch: PartitionTouch) => `${touch.on} ${touch.key}`;

function addLoad(into: Map<string, { read: number; write: number }>, touches: PartitionTouch[], scale: number) {
  for (const touch of touches) {
    const entry = into.get(partitionName(touch)) ?? { read: 0, write: 0 };
    entry[touch.kind] += touch.units * scale;
    into.set(partitionName(touch), entry);
  }
}

function busiest(load: Map<string, { read: number; write: number }>, seconds: number, count = 6): PartitionLoad[] {
  return [...load]
    .map(([partition, units]) => {
      const readsPerSecond = units.read / seconds;
      const writesPerSecond = units.write / seconds;
      return { partition, readsPerSecond, writesPerSecond, share: Math.max(readsPerSecond / limits.read, writesPerSecond / limits.write) };
    })
    .sort((a, b) => b.share - a.share)
    .slice(0, count);
}

/** Runs the scaled-down rush on a local cloud of its own and extrapolates it. */
export async function runRush(): Promise<RushFigures> {
  const scenario = rushScenario;
  process.env[recordPartitionsEnv] = "1";
  let logFile = "";
  const { cloud, dispose } = await startThrowawayCloud({ beforeStart: (dataDir) => (logFile = captureHandlerLogs(join(dataDir, "rush-api.log"))) });
  try {
    const api = apiClient(cloud.urls.api);
    const pool = poolAccessOf(cloud);
    say(`Rush: creating an organiser and ${scenario.bookingAttempts / 2} fans…`);
    const admin = await createSignedInUser(pool, ["admin"], "Rush Organiser");
    const fans = await createSignedInUsers(pool, scenario.bookingAttempts / 2, ["fan"]);
    const created = await api("POST", "/api/events", {
      token: admin.accessToken,
      body: {
        title: "Rush: signing session",
        date: day(20),
        timezone: "Europe/Berlin",
        slots: Array.from({ length: scenario.slots }, (_, i) => ({ startTime: time(600 + i * 15), endTime: time(610 + i * 15), capacity: scenario.capacityPerSlot })),
      },
    });
    const event = (await api("POST", `/api/events/${created.body.id}/publish`, { token: admin.accessToken })).body as { slug: string; slots: Array<{ id: string }> };
    const startLine = (await readFile(logFile, "utf8")).length;

    say(`Rush: ${scenario.pageViews} page views and ${scenario.bookingAttempts} booking attempts at once…`);
    const started = performance.now();
    const views = Array.from({ length: scenario.pageViews / 2 }, () => [
      () => api("GET", `/api/events/public/${event.slug}`),
      () => api("GET", `/api/events/public/${event.slug}/slots`),
    ]).flat();
    // Each fan tries two slots; the crowd piles onto the first few, as a real crowd does.
    const attempts = fans.flatMap((fan, i) => [0, 1].map((k) => () => api("POST", "/api/bookings", { token: fan.accessToken, body: { slotId: event.slots[(i * 2 + k) % 8]!.id } })));
    const all = [...views, ...attempts].sort(() => Math.random() - 0.5);
    const results: Array<Awaited<ReturnType<typeof api>>> = [];
    for (let start = 0; start < all.length; start += 100) results.push(...(await Promise.all(all.slice(start, start + 100).map((call) => call()))));
    const wallMs = performance.now() - started;

    const lines = (await readFile(logFile, "utf8")).slice(startLine).split("\n").filter(Boolean);
    const requests: Request[] = lines
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((entry) => entry.message === "request" || entry.message === "request failed")
      .map((entry) => ({ route: String(entry.route), status: Number(entry.status), cognitoCalls: Number(entry.cognitoCalls ?? 0), partitions: (entry.partitions ?? []) as PartitionTouch[] }));
    const bookings = requests.filter((request) => request.route === "POST /api/bookings");
    const pageReads = requests.filter((request) => request.route.startsWith("GET /api/events/public/"));

    // 10,000 fans: each loads the page once (2 reads) and tries two slots. Every slot sells out once, as in
    // this run; the other attempts are refused, piled onto the same slots this run's crowd chose. A fan's own
    // items (profile, idempotency records, their bookings list) belong to one fan: more fans, not more load each.
    const perFan = (touch: PartitionTouch) => /^(USER|IDEMPOTENCY|FAN)#/.test(touch.key);
    const taken = bookings.filter((request) => request.status === 201);
    const refusedRun = bookings.filter((request) => request.status !== 201);
    const seats = scenario.slots * scenario.capacityPerSlot;
    const refusalScale = (scenario.fans * 2 - seats) / Math.max(1, refusedRun.length);
    const viewsWithoutCdn = scenario.fans * 2;
    const viewsWithCdn = scenario.regionalEdgeCaches * Math.ceil(scenario.seconds / scenario.sMaxAgeSeconds) * 2;
    const addBookings = (into: Map<string, { read: number; write: number }>) => {
      for (const request of taken) addLoad(into, request.partitions, 1);
      for (const request of refusedRun) {
        addLoad(into, request.partitions.filter(perFan), 1);
        addLoad(into, request.partitions.filter((touch) => !perFan(touch)), refusalScale);
      }
    };
    const current = new Map<string, { read: number; write: number }>();
    addBookings(current);
    for (const request of pageReads) addLoad(current, request.partitions, viewsWithCdn / pageReads.length);

    // The previous design through the same counts: every attempt also read the event item (consistently),
    // every seat taken wrote its counter and its booking into the event's byEvent index partition, and every
    // page read (no CDN: each reached the API) queried that partition for the counters.
    const eventItemBytes = JSON.stringify((await api("GET", `/api/events/${created.body.id}`, { token: admin.accessToken })).body).length;
    const eventKey = `EVENT#${created.body.id}`;
    const previous = new Map<string, { read: number; write: number }>();
    addBookings(previous);
    addLoad(previous, [{ kind: "read", on: "table", key: eventKey, units: Math.ceil(eventItemBytes / 4096) }], scenario.fans * 2);
    addLoad(previous, [{ kind: "write", on: "byEvent", key: eventKey, units: 2 }], seats);
    addLoad(previous, [{ kind: "read", on: "byEvent", key: eventKey, units: 0.5 }], viewsWithoutCdn);
    for (const request of pageReads) addLoad(previous, request.partitions.filter((touch) => !touch.key.startsWith("SLOT#")), viewsWithoutCdn / pageReads.length);

    const statuses = results.map((result) => result.status);
    return {
      scenario,
      booked: taken.length,
      refused: bookings.filter((request) => request.status === 409).length,
      serverErrors: statuses.filter((status) => status >= 500).length,
      cognitoCallsPerBooking: bookings.reduce((sum, request) => sum + request.cognitoCalls, 0) / Math.max(1, bookings.length),
      originRequestsWithCdn: viewsWithCdn,
      originRequestsWithoutCdn: viewsWithoutCdn,
      current: busiest(current, scenario.seconds),
      previous: busiest(previous, scenario.seconds),
      wallMs,
    };
  } finally {
    await dispose();
  }
}

/** The figures as README-ready Markdown. */
export function rushReport(figures: RushFigures): string[] {
  const { scenario } = figures;
  const pct = (value: number) => `${(value * 100).toFixed(1)} %`;
  const table = (rows: PartitionLoad[]) => [
    "| partition (table or index, key) | reads/s (RCU) | writes/s (WCU) | share of its limit |",
    "|---|---|---|---|",
    ...rows.map((row) => `| \`${row.partition}\` | ${row.readsPerSecond.toFixed(0)} | ${row.writesPerSecond.toFixed(0)} | ${pct(row.share)} |`),
  ];
  return [
    `Measured: ${scenario.pageViews} page reads and ${figures.booked + figures.refused} booking attempts at once on one event of ${scenario.slots} slots × ${scenario.capacityPerSlot} seats (${(figures.wallMs / 1000).toFixed(1)} s on this machine): ${figures.booked} booked, ${figures.refused} refused (409), ${figures.serverErrors} 5xx; Cognito calls per booking: ${figures.cognitoCallsPerBooking}.`,
    "",
    `Extrapolated to ${scenario.fans.toLocaleString("en")} fans in ${scenario.seconds} s (each loads the page once and tries two slots; every slot sells out, every other attempt is refused), against DynamoDB's 3,000 RCU / 1,000 WCU per partition. Origin requests for the page: ${figures.originRequestsWithCdn} with the CDN (${scenario.regionalEdgeCaches} regional edge caches × one refresh per ${scenario.sMaxAgeSeconds} s × 2 reads) instead of ${figures.originRequestsWithoutCdn.toLocaleString("en")}.`,
    "",
    "Now (slot-local booking, counters read by key, public reads at the edge):",
    "",
    ...table(figures.current),
    "",
    "Before (each booking read the event item; counters and bookings in the event's byEvent partition; no CDN), the same counts through that access pattern:",
    "",
    ...table(figures.previous),
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = await runRush();
  console.log("\n## The on-sale rush: DynamoDB load per partition\n");
  console.log(rushReport(figures).join("\n"));
}
