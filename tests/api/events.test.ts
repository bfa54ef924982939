import { beforeAll, describe, expect, it } from "vitest";
import { errorBody, request } from "../support/http";
import { book, createEvent, dateFromToday, eventInput } from "../support/events";
import { signedInUser } from "../support/users";

let admin: string;
let otherAdmin: string;
let fan: string;

beforeAll(async () => {
  [admin, otherAdmin, fan] = (await Promise.all([signedInUser(["admin"]), signedInUser(["admin"]), signedInUser(["fan"], "Fiona Fan")])).map((user) => user.accessToken) as [string, string, string];
});

const detailPaths = (body: { error: { details?: Array<{ path: string }> } }) => (body.error.details ?? []).map((detail) => detail.path).sort();

describe("creating events", () => {
  it("creates an unpublished event with its slots in order and their exact instants", async () => {
    const date = dateFromToday(40);
    const response = await request("POST", "/api/events", {
      token: admin,
      body: eventInput({ date, timezone: "America/New_York", slots: [{ startTime: "14:00", endTime: "15:00", capacity: 5 }, { startTime: "09:00", endTime: "09:45" }] }),
    });
    expect(response.status).toBe(201);
    const event = response.body;
    expect(event).toMatchObject({ title: "Signing session", date, timezone: "America/New_York", slug: null, isPublished: false, publishedAt: null });
    expect(event.slots.map((slot: { startTime: string; capacity: number; bookedCount: number; available: number }) => [slot.startTime, slot.capacity, slot.bookedCount, slot.available])).toEqual([
      ["09:00", 1, 0, 1],
      ["14:00", 5, 0, 5],
    ]);
    // The instant is the wall-clock time in New York that day, whatever its offset then.
    const offsetHours = (Date.parse(event.slots[0].startsAt) - Date.parse(`${date}T09:00:00Z`)) / 3_600_000;
    expect([4, 5]).toContain(offsetHours);
    expect(Date.parse(event.slots[0].endsAt) - Date.parse(event.slots[0].startsAt)).toBe(45 * 60_000);
  });

  it("works out instants across daylight-saving changes and refuses skipped or repeated local hours", async () => {
    const spring = await request("POST", "/api/events", { token: admin, body: eventInput({ date: "2027-03-28", slots: [{ startTime: "01:30", endTime: "03:30" }] }) });
    expect(spring.status).toBe(201);
    expect(spring.body.slots[0]).toMatchObject({ startsAt: "2027-03-28T00:30:00.000Z", endsAt: "2027-03-28T01:30:00.000Z" }); // one real hour
    const autumn = await request("POST", "/api/events", { token: admin, body: eventInput({ date: "2027-11-07", timezone: "America/New_York", slots: [{ startTime: "09:00", endTime: "10:00" }] }) });
    expect(autumn.body.slots[0].startsAt).toBe("2027-11-07T14:00:00.000Z"); // EST again

    const skipped = await request("POST", "/api/events", { token: admin, body: eventInput({ date: "2027-03-28", slots: [{ startTime: "02:30", endTime: "03:30" }] }) });
    expect(skipped.status).toBe(400);
    expect(skipped.body.error.details).toEqual([{ path: "slots.0.startTime", message: expect.stringContaining("skip") }]);
    const repeated = await request("POST", "/api/events", { token: admin, body: eventInput({ date: "2027-11-07", timezone: "America/New_York", slots: [{ startTime: "01:30", endTime: "02:30" }] }) });
    expect(repeated.status).toBe(400);
    expect(repeated.body.error.details).toEqual([{ path: "slots.0.startTime", message: expect.stringContaining("twice") }]);
  });

  it("lists every invalid field, and stores nothing", async () => {
    const before = await request("GET", "/api/events?limit=100", { token: otherAdmin });
    const cases: Array<[Record<string, unknown>, string[]]> = [
      [{ title: "" }, ["title"]],
      [{ title: "   " }, ["title"]],
      [{ title: "x".repeat(201) }, ["title"]],
      [{ description: "x".repeat(5001) }, ["description"]],
      [{ timezone: "Mars/Olympus" }, ["timezone"]],
      [{ date: "2027-02-30" }, ["date"]],
      [{ slots: [] }, ["slots"]],
      [{ slots: [{ startTime: "10:00", endTime: "11:00", capacity: 0 }] }, ["slots.0.capacity"]],
      [{ slots: [{ startTime: "10:00", endTime: "11:00", capacity: 1001 }] }, ["slots.0.capacity"]],
      [{ slots: [{ startTime: "9:00", endTime: "25:00" }] }, ["slots.0.endTime", "slots.0.startTime"]],
      [{ slots: [{ startTime: "11:00", endTime: "10:00" }] }, ["slots.0.endTime"]],
      [{ slots: [{ startTime: "10:00", endTime: "11:00" }, { startTime: "10:30", endTime: "11:30" }] }, ["slots.1.startTime"]],
      [{ slots: Array.from({ length: 201 }, (_, i) => ({ startTime: `${String(Math.floor(i / 60)).padStart(2, "0")}:${String(i % 60).padStart(2, "0")}`, endTime: "23:59" })) }, ["slots"]],
      [{ isPublished: true }, ["isPublished"]],
    ];
    for (const [overrides, paths] of cases) {
      const response = await request("POST", "/api/events", { token: otherAdmin, body: eventInput(overrides) });
      expect(response.status, JSON.stringify(overrides).slice(0, 80)).toBe(400);
      expect(response.body.error.code).toBe("VALIDATION_FAILED");
      expect(detailPaths(response.body), JSON.stringify(overrides).slice(0, 80)).toEqual(paths);
    }
    const after = await request("GET", "/api/events?limit=100", { token: otherAdmin });
    expect(after.body.items.length).toBe(before.body.items.length);
  });

  it("accepts 200 slots, capacity 1000, and stores text verbatim (a description keeps its layout)", async () => {
    const slots = Array.from({ length: 200 }, (_, i) => {
      const start = i * 7;
      const time = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
      return { startTime: time(start), endTime: time(start + 5), capacity: 1000 };
    });
    const title = `<script>alert("hi")</script> & "Ünïcödé" 🎉`;
    const response = await request("POST", "/api/events", { token: admin, body: eventInput({ title, description: "  spaced\nlines  ", slots }) });
    expect(response.status).toBe(201);
    expect(response.body.title).toBe(title);
    expect(response.body.description).toBe("  spaced\nlines  ");
    expect(response.body.slots).toHaveLength(200);
    const fetched = await request("GET", `/api/events/${response.body.id}`, { token: admin });
    expect(fetched.body.title).toBe(title);
  });
});

describe("an admin's own events", () => {
  it("are theirs alone: another admin gets 404, a fan 403", async () => {
    const event = await createEvent(admin, {}, false);
    expect((await request("GET", `/api/events/${event.id}`, { token: admin })).status).toBe(200);
    for (const [method, path] of [["GET", ""], ["PUT", ""], ["DELETE", ""], ["POST", "/publish"], ["GET", "/bookings"]] as const) {
      const response = await request(method, `/api/events/${event.id}${path}`, { token: otherAdmin, body: method === "PUT" ? { title: "Mine now" } : undefined });
      expect(response.status, `${method} ${path}`).toBe(404);
      expect(response.body).toEqual(errorBody("NOT_FOUND"));
    }
    expect((await request("GET", `/api/events/${event.id}`, { token: fan })).status).toBe(403);
    expect((await request("GET", `/api/events/${event.id}`, { token: admin })).body.title).toBe("Signing session");
  });

  it("are listed newest first, a page at a time", async () => {
    const { accessToken: owner } = await signedInUser(["admin"]);
    const ids: string[] = [];
    for (const title of ["First", "Second", "Third"]) ids.push((await createEvent(owner, { title }, false)).id);
    const first = await request("GET", "/api/events?limit=2", { token: owner });
    expect(first.body.items.map((event: { title: string }) => event.title)).toEqual(["Third", "Second"]);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await request("GET", `/api/events?limit=2&cursor=${first.body.nextCursor}`, { token: owner });
    expect(second.body.items.map((event: { title: string }) => event.title)).toEqual(["First"]);
    expect(second.body.nextCursor).toBeUndefined();
    const bad = await request("GET", "/api/events?cursor=not-a-cursor", { token: owner });
    expect(bad.status).toBe(400);
    expect(detailPaths(bad.body)).toEqual(["query.cursor"]);
  });
});

describe("paging through events of very different sizes", () => {
  it("returns every event exactly once, in order, however the slot counts cut the pages", async () => {
    const { accessToken: owner } = await signedInUser(["admin"]);
    const time = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
    const sizes = [1, 60, 150, 1, 70, 2];
    for (const [i, size] of sizes.entries()) {
      await createEvent(owner, { title: `E${i}`, slots: Array.from({ length: size }, (_, n) => ({ startTime: time(n * 9), endTime: time(n * 9 + 8) })) }, false);
    }
    const seen: Array<{ title: string; slots: unknown[] }> = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await request("GET", `/api/events?limit=10${cursor ? `&cursor=${cursor}` : ""}`, { token: owner });
      expect(page.status).toBe(200);
      seen.push(...page.body.items);
      cursor = page.body.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);
    expect(seen.map((event) => event.title)).toEqual(["E5", "E4", "E3", "E2", "E1", "E0"]);
    expect(seen.map((event) => event.slots.length)).toEqual([...sizes].reverse());
    expect(pages).toBeGreaterThan(1);
  });
});

describe("updating events", () => {
  it("changes fields, keeps slots by id, adds and removes free slots", async () => {
    const event = await createEvent(admin, {}, false);
    const [first, second] = event.slots;
    const response = await request("PUT", `/api/events/${event.id}`, {
      token: admin,
      body: { title: "Renamed", slots: [{ id: first.id, startTime: "10:00", endTime: "10:30", capacity: 4 }, { startTime: "12:00", endTime: "13:00" }] },
    });
    expect(response.status).toBe(200);
    expect(response.body.title).toBe("Renamed");
    expect(response.body.slots.map((slot: { id: string; capacity: number }) => [slot.id === first.id, slot.capacity])).toEqual([[true, 4], [false, 1]]);
    expect(response.body.slots.some((slot: { id: string }) => slot.id === second.id)).toBe(false);
    expect(Date.parse(response.body.updatedAt)).toBeGreaterThanOrEqual(Date.parse(event.updatedAt));

    const foreign = await request("PUT", `/api/events/${event.id}`, { token: admin, body: { slots: [{ id: "someone-elses.slot", startTime: "10:00", endTime: "11:00" }] } });
    expect(foreign.status).toBe(400);
    expect(detailPaths(foreign.body)).toEqual(["slots.0.id"]);
  });

  it("refuses to remove, move or shrink a slot below its bookings (409 HAS_BOOKINGS), and changes nothing", async () => {
    const event = await createEvent(admin, { slots: [{ startTime: "10:00", endTime: "11:00", capacity: 3 }, { startTime: "11:00", endTime: "12:00" }] });
    const [booked, free] = event.slots;
    const fans = await Promise.all([signedInUser(["fan"]), signedInUser(["fan"])]);
    for (const { accessToken } of fans) expect((await book(accessToken, booked.id)).status).toBe(201);

    const attempts = [
      { slots: [{ id: free.id, startTime: "11:00", endTime: "12:00" }] },
      { slots: [{ id: booked.id, startTime: "09:00", endTime: "10:00", capacity: 3 }, { id: free.id, startTime: "11:00", endTime: "12:00" }] },
      { slots: [{ id: booked.id, startTime: "10:00", endTime: "11:00", capacity: 1 }, { id: free.id, startTime: "11:00", endTime: "12:00" }] },
      { date: dateFromToday(31) },
    ];
    for (const body of attempts) {
      const response = await request("PUT", `/api/events/${event.id}`, { token: admin, body });
      expect(response.status, JSON.stringify(body)).toBe(409);
      expect(response.body.error.code).toBe("HAS_BOOKINGS");
    }
    const unchanged = await request("GET", `/api/events/${event.id}`, { token: admin });
    expect(unchanged.body.slots.map((slot: { startTime: string; capacity: number; bookedCount: number }) => [slot.startTime, slot.capacity, slot.bookedCount])).toEqual([
      ["10:00", 3, 2],
      ["11:00", 1, 0],
    ]);

    const toExactly = await request("PUT", `/api/events/${event.id}`, { token: admin, body: { slots: [{ id: booked.id, startTime: "10:00", endTime: "11:00", capacity: 2 }] } });
    expect(toExactly.status).toBe(200);
    expect(toExactly.body.slots).toEqual([expect.objectContaining({ id: booked.id, capacity: 2, bookedCount: 2, available: 0 })]);
    // The removed free slot can no longer be booked, and the full one is full.
    expect((await book(fan, free.id)).status).toBe(404);
    expect((await book(fan, booked.id)).body.error.code).toBe("SLOT_FULL");
  });
});

describe("publishing and public pages", () => {
  it("publishes at a stable URL-safe slug and shows the event to anyone, without who booked", async () => {
    const draft = await createEvent(admin, { title: "Café Nights: Jazz & More" }, false);
    expect((await request("GET", "/api/events/public")).body.items.some((item: { title: string }) => item.title === draft.title)).toBe(false);

    const published = await request("POST", `/api/events/${draft.id}/publish`, { token: admin });
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ isPublished: true, publishedAt: expect.any(String), slug: expect.stringMatching(/^cafe-nights-jazz-and-more-[a-z0-9]{6}$/) });
    const again = await request("POST", `/api/events/${draft.id}/publish`, { token: admin });
    expect(again.body.slug).toBe(published.body.slug);

    expect((await book(fan, draft.slots[0].id)).status).toBe(201);
    const page = await request("GET", `/api/events/public/${published.body.slug}`);
    expect(page.status).toBe(200);
    expect(page.body).toEqual({
      slug: published.body.slug,
      title: draft.title,
      description: draft.description,
      date: draft.date,
      timezone: draft.timezone,
      slots: draft.slots.map((slot: { id: string; startTime: string; endTime: string; startsAt: string; endsAt: string; capacity: number }, i: number) => ({
        id: slot.id,
        startTime: slot.startTime,
        endTime: slot.endTime,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        capacity: slot.capacity,
        available: slot.capacity - (i === 0 ? 1 : 0),
        waitlistLength: 0,
      })),
      bookingOpensAt: null,
      bookingClosesAt: null,
      maxBookingsPerFan: null,
      maxPartySize: 1,
      waitlist: true,
      location: null,
      questions: [],
    });
    // Nothing about who booked: no names, no emails, no counts of seats taken.
    expect(JSON.stringify(page.body)).not.toMatch(/fanName|fanEmail|email|bookedCount|heldCount/i);
    const slots = await request("GET", `/api/events/public/${published.body.slug}/slots`);
    expect(slots.body).toEqual({ items: page.body.slots });
  });

  it("answers 404 for unknown and unpublished events on public routes", async () => {
    const draft = await createEvent(admin, {}, false);
    expect((await request("GET", "/api/events/public/no-such-event-abc123")).body).toEqual(errorBody("NOT_FOUND"));
    expect((await request("GET", "/api/events/public/no-such-event-abc123/slots")).status).toBe(404);
    expect((await request("GET", `/api/events/public/${draft.id.toLowerCase().replace(/[^a-z0-9-]/g, "x")}`)).status).toBe(404);
    expect((await book(fan, draft.slots[0].id)).status).toBe(404);
    expect((await request("GET", "/api/events/public/Bad%20Slug!")).status).toBe(400);
  });

  it("lists published upcoming events soonest first, with how many slots still have seats", async () => {
    const later = await createEvent(admin, { title: "Later show", date: dateFromToday(300) });
    const sooner = await createEvent(admin, { title: "Sooner show", date: dateFromToday(299), slots: [{ startTime: "10:00", endTime: "11:00" }, { startTime: "11:00", endTime: "12:00" }] });
    await createEvent(admin, { title: "Past show", date: dateFromToday(-3) });
    expect((await book(fan, sooner.slots[0].id)).status).toBe(201);

    const items: Array<{ title: string; startsAt: string; slotsAvailable: number; slug: string }> = [];
    let cursor: string | undefined;
    do {
      const page = await request("GET", `/api/events/public?limit=50${cursor ? `&cursor=${cursor}` : ""}`);
      expect(page.status).toBe(200);
      items.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(items.some((item) => item.title === "Past show")).toBe(false);
    const starts = items.map((item) => item.startsAt);
    expect(starts).toEqual([...starts].sort());
    const position = (slug: string) => items.findIndex((item) => item.slug === slug);
    expect(position(sooner.slug)).toBeLessThan(position(later.slug));
    expect(items[position(sooner.slug)]!.slotsAvailable).toBe(1);
    expect(items[position(later.slug)]!.slotsAvailable).toBe(2);
  });
});

describe("deleting events", () => {
  it("cancels every booking, frees the fans' lists, and takes the public page down", async () => {
    const event = await createEvent(admin, { slots: [{ startTime: "10:00", endTime: "11:00", capacity: 5 }, { startTime: "11:00", endTime: "12:00", capacity: 5 }] });
    const fans = await Promise.all([signedInUser(["fan"]), signedInUser(["fan"]), signedInUser(["fan"])]);
    await Promise.all(fans.map(({ accessToken }, i) => book(accessToken, event.slots[i % 2].id)));
    expect((await request("GET", `/api/events/${event.id}/bookings`, { token: admin })).body.items).toHaveLength(3);

    expect((await request("DELETE", `/api/events/${event.id}`, { token: admin })).status).toBe(204);
    expect((await request("GET", `/api/events/${event.id}`, { token: admin })).status).toBe(404);
    expect((await request("GET", `/api/events/public/${event.slug}`)).status).toBe(404);
    expect((await request("DELETE", `/api/events/${event.id}`, { token: admin })).status).toBe(404);
    for (const { accessToken } of fans) {
      expect((await request("GET", "/api/bookings", { token: accessToken })).body.items).toEqual([]);
      expect((await book(accessToken, event.slots[0].id)).status).toBe(404);
    }
  });
});

describe("an event's bookings", () => {
  it("are listed by slot start with the fans' contact details", async () => {
    const event = await createEvent(admin, { slots: [{ startTime: "15:00", endTime: "16:00", capacity: 3 }, { startTime: "09:00", endTime: "10:00", capacity: 3 }] });
    const late = event.slots.find((slot: { startTime: string }) => slot.startTime === "15:00");
    const early = event.slots.find((slot: { startTime: string }) => slot.startTime === "09:00");
    const [a, b] = await Promise.all([signedInUser(["fan"], "Late Lara"), signedInUser(["fan"], "Early Eli")]);
    expect((await book(a.accessToken, late.id, { fanPhone: "+4915112345678" })).status).toBe(201);
    expect((await book(b.accessToken, early.id)).status).toBe(201);
    const list = await request("GET", `/api/events/${event.id}/bookings`, { token: admin });
    expect(list.body.items.map((booking: { fanName: string; fanEmail: string; startsAt: string }) => [booking.fanName, booking.fanEmail])).toEqual([
      ["Early Eli", b.email],
      ["Late Lara", a.email],
    ]);
    expect(list.body.items[1].fanPhone).toBe("+4915112345678");
  });
});
