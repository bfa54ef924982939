/**
 * The waitlist at work, on a local cloud of its own: a slot of 20 sold out, 100 fans waiting, 20
 * cancellations at once; half the offers claimed, half left to expire (the sweep run with a clock moved
 * past them), their seats passed down the list and claimed. Prints offers made, claimed and expired, the time
 * from a seat freeing up to its offer email in the mailbox (p50/p99), and the booking path's DynamoDB calls.
 *
 * `npx tsx bench/waitlist.ts` alone, or as part of `npm run bench` (in a process of its own, as bench/rush.ts).
 * Prints; never fails on a number.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { expireOffersFunction } from "@slotbook/functions/scheduled/definition";
import { captureHandlerLogs, createSignedInUser, createSignedInUsers, poolAccessOf, startThrowawayCloud } from "@slotbook/local";
import { apiClient } from "./http";
import { percentile } from "./load";

export interface WaitlistFigures {
  offers: number;
  /** From 20 cancellations at once to all 20 offers made (seats held, entries offered). */
  offersMadeMs: number;
  claimed: number;
  expired: number;
  booked: number;
  capacity: number;
  offerEmailMs: { p50: number; p99: number; max: number };
  bookingCalls: { min: number; max: number };
  claimCalls: { min: number; max: number };
}

const say = (line = "") => process.stderr.write(`${line}\n`);
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

export async function runWaitlist(): Promise<WaitlistFigures> {
  let logFile = "";
  const { cloud, dispose } = await startThrowawayCloud({ beforeStart: (dataDir) => (logFile = captureHandlerLogs(join(dataDir, "waitlist-api.log"))) });
  try {
    const api = apiClient(cloud.urls.api);
    const pool = poolAccessOf(cloud);
    say("Waitlist: an organiser, 20 ticket holders and 100 fans in line…");
    const admin = await createSignedInUser(pool, ["admin"], "Waitlist Organiser");
    const holders = await createSignedInUsers(pool, 20, ["fan"]);
    const waiters = await createSignedInUsers(pool, 100, ["fan"]);
    const created = await api("POST", "/api/events", { token: admin.accessToken, body: { title: "Waitlist bench", date: day(9), timezone: "Europe/Berlin", slots: [{ startTime: "10:00", endTime: "11:00", capacity: 20 }] } });
    const event = (await api("POST", `/api/events/${created.body.id}/publish`, { token: admin.accessToken })).body as { id: string; slots: Array<{ id: string }> };
    const slotId = event.slots[0]!.id;
    const held = await Promise.all(holders.map((holder) => api("POST", "/api/bookings", { token: holder.accessToken, body: { slotId } })));
    const entries: string[] = [];
    for (const waiter of waiters) entries.push((await api("POST", "/api/waitlist", { token: waiter.accessToken, body: { slotId } })).body.id);

    const mailbox = async () => ((await (await fetch(`${cloud.urls.mailbox}/store`)).json()) as { emails: Array<{ subject: string; destination: { to: string[] } }> }).emails;
    const offerEmailTimes = new Map<string, number>();
    const waitForOffers = async (fans: typeof waiters, since: number) => {
      while (fans.some((fan) => !offerEmailTimes.has(fan.email))) {
        const mails = await mailbox();
        for (const fan of fans) {
          if (!offerEmailTimes.has(fan.email) && mails.some((mail) => mail.subject.startsWith("A place is free") && mail.destination.to.includes(fan.email))) {
            offerEmailTimes.set(fan.email, performance.now() - since);
          }
        }
        if (performance.now() - since > 60_000) throw new Error("Offers did not arrive within a minute.");
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    };

    say("Waitlist: 20 cancellations at once…");
    const freedAt = performance.now();
    await Promise.all(held.map((answer, i) => api("DELETE", `/api/bookings/${answer.body.id}`, { token: holders[i]!.accessToken })));
    const offered = async () => ((await api("GET", `/api/events/${event.id}/waitlist`, { token: admin.accessToken })).body.items[0].entries as Array<{ status: string }>).filter((entry) => entry.status === "offered").length;
    while ((await offered()) < 20) await new Promise((resolve) => setTimeout(resolve, 25));
    const offersMadeMs = performance.now() - freedAt;
    await waitForOffers(waiters.slice(0, 20), freedAt);
    const claims = await Promise.all(waiters.slice(0, 10).map((waiter, i) => api("POST", `/api/waitlist/${entries[i]}/claim`, { token: waiter.accessToken })));

    say("Waitlist: the other 10 offers run out; their seats pass down the line…");
    const sweptAt = performance.now();
    const swept = (await (
      await fetch(`${cloud.urls.api}/2015-03-31/functions/${expireOffersFunction.functionName}/invocations`, { method: "POST", body: JSON.stringify({ time: new Date(Date.now() + 3 * 3600_000).toISOString() }) })
    ).json()) as { expired: number };
    await waitForOffers(waiters.slice(20, 30), sweptAt);
    const later = await Promise.all(waiters.slice(20, 30).map((waiter, i) => api("POST", `/api/waitlist/${entries[20 + i]}/claim`, { token: waiter.accessToken })));

    const slot = (await api("GET", `/api/events/${event.id}`, { token: admin.accessToken })).body.slots[0] as { bookedCount: number; capacity: number };
    const lines = (await readFile(logFile, "utf8")).split("\n").filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
    const calls = (route: string) => {
      const counts = lines.filter((line) => line.message === "request" && line.route === route).map((line) => Number(line.dynamoCalls ?? 0));
      return { min: Math.min(...counts), max: Math.max(...counts) };
    };
    const times = [...offerEmailTimes.values()].sort((a, b) => a - b);
    return {
      offers: offerEmailTimes.size,
      offersMadeMs,
      claimed: [...claims, ...later].filter((claim) => claim.status === 201).length,
      expired: swept.expired,
      booked: slot.bookedCount,
      capacity: slot.capacity,
      offerEmailMs: { p50: percentile(times, 50), p99: percentile(times, 99), max: times.at(-1)! },
      bookingCalls: calls("POST /api/bookings"),
      claimCalls: calls("POST /api/waitlist/{id}/claim"),
    };
  } finally {
    await dispose();
  }
}

export function waitlistReport(figures: WaitlistFigures): string[] {
  const ms = (value: number) => `${value.toFixed(0)} ms`;
  return [
    "| offers made | claimed | expired (passed on) | seats booked / capacity | seat freed → offer email p50 | p99 | max |",
    "|---|---|---|---|---|---|---|",
    `| ${figures.offers} | ${figures.claimed} | ${figures.expired} | ${figures.booked} / ${figures.capacity} | ${ms(figures.offerEmailMs.p50)} | ${ms(figures.offerEmailMs.p99)} | ${ms(figures.offerEmailMs.max)} |`,
    "",
    `From 20 cancellations at once to all 20 offers made (seats held): ${ms(figures.offersMadeMs)}.`,
    "",
    `DynamoDB calls per request: booking ${figures.bookingCalls.min}–${figures.bookingCalls.max}, claiming an offer ${figures.claimCalls.min}–${figures.claimCalls.max}.`,
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = await runWaitlist();
  console.log("\n## The waitlist: 100 fans in line for a slot of 20\n");
  console.log(waitlistReport(figures).join("\n"));
}
