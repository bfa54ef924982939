/**
 * `npm run bench`: figures for the README, from one run on the local cloud (DynamoDB Local, cognito-local,
 * the local gateway running the real handlers). Prints; never fails on a number.
 *  1. the booking race: 200 fans at once on a 1-seat and a 25-seat slot;
 *  2. p50/p99 latency per route under 50 concurrent clients;
 *  3. DynamoDB, Cognito and SES calls per request, per route (from the handlers' own logs);
 *  4. how long a booking's confirmation takes to reach the local mailbox (stream → notifier → SES);
 *  5. the web app's gzipped JavaScript: the public event page's and the whole build's;
 *  6. each deployed function's bundle (gzipped) and cold import against its floor (bench/cold-start.ts, with
 *     no local cloud running);
 *  7. the public event page as a phone loads it: Lighthouse's mobile performance, LCP and CLS (bench/public-page.ts,
 *     its own local cloud and a production build of the site);
 * `npm run bench` then runs, each in a process of its own (a process's handlers keep the clients of the first
 * local cloud they ran against): bench/rush.ts, the on-sale rush's DynamoDB load per partition extrapolated to
 * 10,000 fans in 10 s, and bench/waitlist.ts, the waitlist at work.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { captureHandlerLogs, createSignedInUser, poolAccessOf, createSignedInUsers, startThrowawayCloud } from "@slotbook/local";
import { callsPerRoute, callsTable } from "./calls";
import { coldStartTable, measureColdStarts } from "./cold-start";
import { apiClient } from "./http";
import { percentile, runClients, type LatencySummary } from "./load";
import { race } from "./race";
import { measureWebBundle } from "./web-bundle";
import { measurePublicPage, publicPageReport } from "./public-page";

const clients = 50;
const roundsPerClient = 8;
const say = (line = "") => process.stderr.write(`${line}\n`);
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const time = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

say("Starting the local cloud…");
let logFile = "";
const { cloud, dispose } = await startThrowawayCloud({ beforeStart: (dataDir) => (logFile = captureHandlerLogs(join(dataDir, "api.log"))) });
const api = apiClient(cloud.urls.api);
const pool = poolAccessOf(cloud);

try {
  say("Creating an admin and 200 fans…");
  const admin = await createSignedInUser(pool, ["admin"], "Bench Admin");
  const fans = await createSignedInUsers(pool, 200, ["fan"]);

  const create = async (body: Record<string, unknown>) => {
    const created = await api("POST", "/api/events", { token: admin.accessToken, body });
    const published = await api("POST", `/api/events/${created.body.id}/publish`, { token: admin.accessToken });
    return published.body;
  };
  const raceEvent = await create({ title: "Race", date: day(10), timezone: "Europe/Berlin", slots: [{ startTime: "10:00", endTime: "11:00", capacity: 1 }, { startTime: "11:00", endTime: "12:00", capacity: 25 }] });
  const busyEvent = await create({
    title: "Busy",
    date: day(11),
    timezone: "Europe/Berlin",
    slots: Array.from({ length: 24 }, (_, i) => ({ startTime: time(i * 60), endTime: time(i * 60 + 45), capacity: 1000 })),
  });
  const available = async (slug: string, slotId: string) => (await api("GET", `/api/events/public/${slug}/slots`)).body.items.find((slot: { id: string }) => slot.id === slotId).available as number;

  say("1/5 Email delivery on a quiet system…");
  const deliveries: number[] = [];
  const mailEvent = await create({ title: "Mail timing", date: day(12), timezone: "Europe/Berlin", slots: [{ startTime: "10:00", endTime: "11:00", capacity: 100 }] });
  const mailbox = async () => ((await (await fetch(`${cloud.urls.mailbox}/store`)).json()) as { emails: Array<{ destination: { to: string[] } }> }).emails;
  for (const fan of fans.slice(100, 120)) {
    const started = performance.now();
    await api("POST", "/api/bookings", { token: fan.accessToken, body: { slotId: mailEvent.slots[0].id } });
    while (!(await mailbox()).some((email) => email.destination.to.includes(fan.email))) await new Promise((resolve) => setTimeout(resolve, 20));
    deliveries.push(performance.now() - started);
  }

  say("2/5 The race…");
  const races = [];
  for (const [index, capacity] of [[0, 1], [1, 25]] as const) {
    const slotId = raceEvent.slots[index].id;
    races.push(await race(api, fans.map((fan) => fan.accessToken), slotId, capacity, () => available(raceEvent.slug, slotId)));
  }

  say(`3/5 Latency: ${clients} concurrent clients × ${roundsPerClient} rounds…`);
  const latency = await runClients(clients, roundsPerClient, async (client, round, timed) => {
    const fan = fans[client]!;
    const slot = busyEvent.slots[(client + round) % busyEvent.slots.length];
    await timed("GET /api/health", () => api("GET", "/api/health"));
    await timed("GET /api/events/public", () => api("GET", "/api/events/public"));
    await timed("GET /api/events/public/{url}", () => api("GET", `/api/events/public/${busyEvent.slug}`));
    await timed("GET /api/events/public/{url}/slots", () => api("GET", `/api/events/public/${busyEvent.slug}/slots`));
    const booked = await timed("POST /api/bookings", () => api("POST", "/api/bookings", { token: fan.accessToken, body: { slotId: slot.id, fanName: "Bench Fan", fanEmail: fan.email, fanPhone: null } }));
    await timed("GET /api/bookings", () => api("GET", "/api/bookings", { token: fan.accessToken }));
    if (booked.status === 201) await timed("DELETE /api/bookings/{id}", () => api("DELETE", `/api/bookings/${booked.body.id}`, { token: fan.accessToken }));
    await timed("GET /api/events/{id}", () => api("GET", `/api/events/${busyEvent.id}`, { token: admin.accessToken }));
    await timed("GET /api/events", () => api("GET", "/api/events", { token: admin.accessToken }));
    await timed("GET /api/users/profile", () => api("GET", "/api/users/profile", { token: fan.accessToken }));
  });

  say("4/5 The email backlog of all that load…");
  // Every booking made and cancelled above means two emails; time how long the notifier takes to catch up.
  const loadEndedAt = performance.now();
  let settled = { count: (await mailbox()).length, at: performance.now() };
  while (performance.now() - settled.at < 2000) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const count = (await mailbox()).length;
    if (count !== settled.count) settled = { count, at: performance.now() };
  }
  const backlog = { emails: settled.count, drainedMs: settled.at - loadEndedAt };

  say("AWS calls per route…");
  const calls = callsPerRoute(await readFile(logFile, "utf8"));

  say("5/5 Web bundle…");
  const bundle = await measureWebBundle();

  const ms = (value: number) => `${value.toFixed(1)} ms`;
  console.log("\n## Booking race (200 fans at once, one request each)\n");
  console.log("| slot capacity | 201 Created | 409 SLOT_FULL | other | 5xx | bookedCount after | wall time |");
  console.log("|---|---|---|---|---|---|---|");
  for (const result of races) console.log(`| ${result.capacity} | ${result.created} | ${result.slotFull} | ${result.other} | ${result.serverErrors} | ${result.bookedAfter} | ${ms(result.wallMs)} |`);

  console.log(`\n## Latency per route (${clients} concurrent clients, local cloud)\n`);
  console.log("| route | requests | p50 | p99 | max | 5xx |");
  console.log("|---|---|---|---|---|---|");
  for (const [route, summary] of [...latency].sort(([a], [b]) => a.localeCompare(b)) as Array<[string, LatencySummary]>) {
    console.log(`| ${route} | ${summary.count} | ${ms(summary.p50)} | ${ms(summary.p99)} | ${ms(summary.max)} | ${summary.errors} |`);
  }

  console.log("\n## AWS calls per request (every request of this run; min–max per request)\n");
  for (const line of callsTable(calls)) console.log(line);
  const sortedDeliveries = [...deliveries].sort((a, b) => a - b);
  console.log("\n## Email\n");
  console.log(`Booking → confirmation in the local mailbox, quiet system (20 bookings, one at a time): p50 ${ms(percentile(sortedDeliveries, 50))}, p99 ${ms(percentile(sortedDeliveries, 99))}, max ${ms(sortedDeliveries.at(-1)!)}`);
  console.log(`After the load above: ${backlog.emails} emails in the mailbox in all; the last arrived ${(backlog.drainedMs / 1000).toFixed(1)} s after the load ended.`);

  console.log("\n## Web app JavaScript (gzipped)\n");
  console.log(`public event page /e/:slug: ${(bundle.publicRouteGzipBytes / 1024).toFixed(1)} KB; whole build: ${(bundle.totalGzipBytes / 1024).toFixed(1)} KB`);
} finally {
  await dispose();
}

// No local cloud runs while the cold imports are timed.
say("6/6 Function bundles and cold imports…");
const coldStartRounds = 15;
const coldStarts = await measureColdStarts({ rounds: coldStartRounds, say });
console.log(`\n## Function bundles and cold imports (median of ${coldStartRounds} fresh processes each)\n`);
console.log(coldStartTable(coldStarts).join("\n"));

// Its own local cloud and a production build of the site (tests/e2e/site), after everything above has stopped.
say("7/7 The public event page in Chromium (Lighthouse, LCP, CLS)…");
const publicPage = await measurePublicPage({ say });
console.log("\n## The public event page (/e/:slug, pre-rendered share page, production build)\n");
console.log(publicPageReport(publicPage).join("\n"));
