import { expireOffersFunction } from "@slotbook/functions/scheduled/definition";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { book, createEvent } from "../support/events";
import { errorBody, request } from "../support/http";
import { emailsTo, waitForSubject } from "../support/mailbox";
import { signedInUser, signedInUsers } from "../support/users";

let admin: string;
beforeAll(async () => {
  admin = (await signedInUser(["admin"])).accessToken;
});

/** Runs the offer-expiry sweep as the schedule would, at a time of the test's choosing (no waiting). */
async function sweepAt(time: Date): Promise<{ expired: number }> {
  const response = await fetch(`${inject("localCloud").apiUrl}/2015-03-31/functions/${expireOffersFunction.functionName}/invocations`, {
    method: "POST",
    body: JSON.stringify({ time: time.toISOString() }),
  });
  return (await response.json()) as { expired: number };
}

const seatsOf = async (eventId: string) => {
  const slot = (await request("GET", `/api/events/${eventId}`, { token: admin })).body.slots[0];
  return { booked: slot.bookedCount as number, held: slot.heldCount as number, capacity: slot.capacity as number, waiting: slot.waitlistLength as number };
};

const queueOf = async (eventId: string) =>
  (await request("GET", `/api/events/${eventId}/waitlist`, { token: admin })).body.items[0].entries as Array<{ id: string; fanName: string; status: string; position: number }>;

/** Polls until `check` holds, asserting the seat invariant at every look: booked + held never exceed capacity. */
async function until(eventId: string, check: () => Promise<boolean>, what: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const seats = await seatsOf(eventId);
    expect(seats.booked + seats.held, `booked + held at ${JSON.stringify(seats)}`).toBeLessThanOrEqual(seats.capacity);
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

describe("the waitlist", () => {
  it("queues fans for a full slot, in order, and refuses to queue for a slot with room", async () => {
    const event = await createEvent(admin, { slots: [{ startTime: "10:00", endTime: "11:00", capacity: 1 }] });
    const slotId = event.slots[0].id;
    const [holder, first, second] = await Promise.all([signedInUser(["fan"]), signedInUser(["fan"], "First Waiter"), signedInUser(["fan"], "Second Waiter")]);
    expect((await request("POST", "/api/waitlist", { token: first.accessToken, body: { slotId } })).body).toEqual(errorBody("CONFLICT"));
    expect((await book(holder.accessToken, slotId)).status).toBe(201);

    const joined = await request("POST", "/api/waitlist", { token: first.accessToken, body: { slotId } });
    expect(joined.status).toBe(201);
    expect(joined.body).toMatchObject({ slotId, eventId: event.id, seats: 1, position: 1, status: "waiting", offerExpiresAt: null });
    const again = await request("POST", "/api/waitlist", { token: first.accessToken, body: { slotId } });
    expect(again.body.id).toBe(joined.body.id);
    expect((await request("POST", "/api/waitlist", { token: second.accessToken, body: { slotId } })).body.position).toBe(2);
    expect((await request("GET", `/api/events/public/${event.slug}/slots`)).body.items[0]).toMatchObject({ available: 0, waitlistLength: 2 });
    expect((await request("POST", "/api/waitlist", { token: holder.accessToken, body: { slotId } })).body).toEqual(errorBody("ALREADY_BOOKED"));

    // The first leaves: the second moves up.
    expect((await request("DELETE", `/api/waitlist/${joined.body.id}`, { token: first.accessToken })).status).toBe(204);
    const list = await request("GET", "/api/waitlist", { token: second.accessToken });
    expect(list.body.items.map((entry: { position: number; status: string }) => [entry.position, entry.status])).toEqual([[1, "waiting"]]);
    expect((await request("DELETE", `/api/waitlist/${joined.body.id}`, { token: second.accessToken })).status).toBe(404); // not theirs

    const noWaitlist = await createEvent(admin, { slots: [{ startTime: "10:00", endTime: "11:00", capacity: 1 }], waitlist: false });
    expect((await book(holder.accessToken, noWaitlist.slots[0].id)).status).toBe(201);
    expect((await request("POST", "/api/waitlist", { token: first.accessToken, body: { slotId: noWaitlist.slots[0].id } })).body).toEqual(errorBody("CONFLICT"));
  });

  it("100 fans waiting on a full slot of 20, 20 cancellations at once, claims and expiries interleaved: exactly 20 booked, in waiting order, never more offered than free", async () => {
    const event = await createEvent(admin, { title: "Waitlist rush", slots: [{ startTime: "10:00", endTime: "11:00", capacity: 20 }] });
    const slotId = event.slots[0].id;
    const holders = await signedInUsers(20, ["fan"]);
    const waiters = await signedInUsers(100, ["fan"]);
    const outsider = await signedInUser(["fan"]);
    const held = await Promise.all(holders.map((holder) => book(holder.accessToken, slotId)));
    expect(held.every((answer) => answer.status === 201)).toBe(true);
    const entries: string[] = [];
    for (const waiter of waiters) entries.push((await request("POST", "/api/waitlist", { token: waiter.accessToken, body: { slotId } })).body.id);
    expect((await seatsOf(event.id)).waiting).toBe(100);

    // 20 cancellations at once: the 20 longest-waiting fans are offered a seat each, and no one else.
    await Promise.all(held.map((answer, i) => request("DELETE", `/api/bookings/${answer.body.id}`, { token: holders[i]!.accessToken })));
    await until(event.id, async () => (await queueOf(event.id)).filter((entry) => entry.status === "offered").length === 20, "20 offers");
    const offered = (await queueOf(event.id)).filter((entry) => entry.status === "offered").map((entry) => entry.id);
    expect(offered.sort()).toEqual(entries.slice(0, 20).sort());
    expect(await seatsOf(event.id)).toMatchObject({ booked: 0, held: 20, waiting: 80 });
    // A direct booking never takes a seat under a live offer.
    expect((await book(outsider.accessToken, slotId)).body).toEqual(errorBody("SLOT_FULL"));
    const offer = (await request("GET", "/api/waitlist", { token: waiters[0]!.accessToken })).body.items[0];
    expect(offer).toMatchObject({ status: "offered", position: 0, offerExpiresAt: expect.any(String) });
    const email = await waitForSubject(waiters[0]!.email, /^A place is free: Waitlist rush/);
    expect(email.body.text).toContain(`/me/waitlist/${encodeURIComponent(entries[0]!)}/claim`);

    // The first 10 claim; the next 10 let their offers run out.
    const claims = await Promise.all(waiters.slice(0, 10).map((waiter, i) => request("POST", `/api/waitlist/${entries[i]}/claim`, { token: waiter.accessToken })));
    expect(claims.map((claim) => claim.status)).toEqual(Array(10).fill(201));
    expect(claims[0]!.body).toMatchObject({ slotId, status: "confirmed", seats: 1 });
    expect((await request("POST", `/api/waitlist/${entries[0]}/claim`, { token: waiters[0]!.accessToken })).body).toEqual(errorBody("NOT_ON_WAITLIST"));
    // The sweep expires every due offer in the table (other files' too, as they run alongside): at least these 10.
    expect((await sweepAt(new Date(Date.now() + 3 * 3600_000))).expired).toBeGreaterThanOrEqual(10);
    const afterSweep = await queueOf(event.id);
    expect(afterSweep.filter((entry) => entries.slice(10, 20).includes(entry.id)).every((entry) => entry.status !== "offered")).toBe(true);
    expect((await request("POST", `/api/waitlist/${entries[10]}/claim`, { token: waiters[10]!.accessToken })).body).toEqual(errorBody("OFFER_EXPIRED"));

    // Their seats pass down the list without anyone acting: fans 21–30 are offered them.
    await until(event.id, async () => (await queueOf(event.id)).filter((entry) => entry.status === "offered").length === 10, "10 more offers");
    const next = (await queueOf(event.id)).filter((entry) => entry.status === "offered").map((entry) => entry.id);
    expect(next.sort()).toEqual(entries.slice(20, 30).sort());
    const later = await Promise.all(waiters.slice(20, 30).map((waiter, i) => request("POST", `/api/waitlist/${entries[20 + i]}/claim`, { token: waiter.accessToken })));
    expect(later.map((claim) => claim.status)).toEqual(Array(10).fill(201));

    expect(await seatsOf(event.id)).toMatchObject({ booked: 20, held: 0, waiting: 70 });
    const bookings = (await request("GET", `/api/events/${event.id}/bookings`, { token: admin })).body.items as Array<{ fanEmail: string }>;
    expect(bookings.map((booking) => booking.fanEmail).sort()).toEqual([...waiters.slice(0, 10), ...waiters.slice(20, 30)].map((waiter) => waiter.email).sort());
    // No fan was offered twice: one offer email each, to the 30 offered, none to anyone else.
    for (const [i, waiter] of waiters.slice(0, 31).entries()) {
      const offers = (await emailsTo(waiter.email)).filter((mail) => mail.subject.startsWith("A place is free"));
      expect(offers, waiter.email).toHaveLength(i < 30 ? 1 : 0);
    }
  }, 120_000);
});
