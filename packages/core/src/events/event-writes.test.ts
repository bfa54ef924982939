import { afterEach, describe, expect, it, vi } from "vitest";
import type { EventStore } from "./event-store";
import { createEventRemoval } from "./event-removal";
import { createEventWrites } from "./event-writes";
import { makeSlug } from "./slug";
import { eventInput, inMemoryWorld, organiser } from "../testing/world";

// Slugs are random; a test that needs a collision names the slugs publishing gets (the rest stay real).
vi.mock("./slug", async (importOriginal) => {
  const real = await importOriginal<typeof import("./slug")>();
  return { ...real, makeSlug: vi.fn(real.makeSlug) };
});
// Back to the real slugs (mockReset restores the implementation vi.fn was given).
afterEach(() => void vi.mocked(makeSlug).mockReset());

const otto = { id: "admin2", username: "otto@example.com" };

/** A published event with Ann booked into its first slot (two seats each). */
async function bookedEvent(extra: Parameters<typeof eventInput>[0] = {}) {
  const world = inMemoryWorld();
  const event = await world.publishedEvent(extra);
  const [first, second] = event.slots.map((slot) => slot.id) as [string, string];
  const ann = await world.fan("Ann");
  await world.bookings.book(ann, { slotId: first, seats: 1 });
  const slotsOf = (times: Array<[string | undefined, string, string, number?]>) =>
    times.map(([id, startTime, endTime, capacity]) => ({ ...(id ? { id } : {}), startTime, endTime, ...(capacity ? { capacity } : {}) }));
  return { ...world, event, first, second, ann, slotsOf };
}

describe("creating an event", () => {
  it("stores a draft whose slots are the wall-clock times in its zone, each open in full", async () => {
    const world = inMemoryWorld();
    const view = await world.events.create(organiser, eventInput({ questions: [{ label: "Name on the book?", type: "text", required: false }] }));
    expect(view).toMatchObject({ id: "ev1", title: "Signing", slug: null, isPublished: false, publishedAt: null, createdAt: "2030-05-01T10:00:00.000Z" });
    expect(view.slots.map((slot) => [slot.startsAt, slot.endsAt, slot.available])).toEqual([
      ["2030-06-01T13:00:00.000Z", "2030-06-01T13:30:00.000Z", 2],
      ["2030-06-01T14:00:00.000Z", "2030-06-01T14:30:00.000Z", 2],
    ]);
    // Slot ids carry the event's; each question gets an id its answers are kept under.
    expect(view.slots.every((slot) => slot.id.startsWith("ev1."))).toBe(true);
    expect(view.questions[0]!.id).toMatch(/^q/);
    // Nobody can find or book a draft.
    await expect(world.events.getPublicSlots("signing")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(world.table.counters.size).toBe(0);
  });

  it("refuses overlapping slots, naming the one that overlaps, and stores nothing", async () => {
    const world = inMemoryWorld();
    const slots = [
      { startTime: "15:00", endTime: "16:00", capacity: 1 },
      { startTime: "15:30", endTime: "16:30", capacity: 1 },
    ];
    await expect(world.events.create(organiser, eventInput({ slots }))).rejects.toMatchObject({ code: "VALIDATION_FAILED", details: [{ path: "slots.1.startTime" }] });
    expect(world.table.events.size).toBe(0);
  });
});

describe("publishing", () => {
  it("gives the event an address from its title, shows it to everyone and opens its slots for booking", async () => {
    const world = inMemoryWorld();
    const draft = await world.events.create(organiser, eventInput({ title: "Zoë's Signing" }));
    const published = await world.events.publish(organiser, draft.id);
    expect(published).toMatchObject({ isPublished: true, publishedAt: "2030-05-01T10:00:00.000Z", slug: expect.stringMatching(/^zoes-signing-[a-z0-9]{6}$/) });
    expect((await world.events.getPublic(published.slug!)).title).toBe("Zoë's Signing");
    await world.bookings.book(await world.fan("Ann"), { slotId: draft.slots[0]!.id, seats: 1 });
    expect((await world.events.get(organiser, draft.id)).slots[0]!.bookedCount).toBe(1);
  });

  it("again is harmless: same address, bookings kept", async () => {
    const { events, event, first } = await bookedEvent();
    const again = await events.publish(organiser, event.id);
    expect(again.slug).toBe(event.slug);
    expect(again.slots.find((slot) => slot.id === first)!.bookedCount).toBe(1);
  });

  it("never takes an address another event has, even one since deleted: it tries another", async () => {
    const world = inMemoryWorld();
    vi.mocked(makeSlug).mockReturnValueOnce("signing-aaaaaa");
    const gone = await world.publishedEvent();
    await world.events.remove(organiser, gone.id);
    vi.mocked(makeSlug).mockReturnValueOnce("signing-aaaaaa").mockReturnValueOnce("signing-bbbbbb");
    expect((await world.publishedEvent()).slug).toBe("signing-bbbbbb");
    await expect(world.events.getPublic("signing-aaaaaa")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("gives up with UNAVAILABLE after five taken addresses, and the event stays a draft", async () => {
    const world = inMemoryWorld();
    vi.mocked(makeSlug).mockReturnValueOnce("taken");
    await world.publishedEvent();
    const draft = await world.events.create(organiser, eventInput());
    vi.mocked(makeSlug).mockReturnValue("taken");
    await expect(world.events.publish(organiser, draft.id)).rejects.toMatchObject({ code: "UNAVAILABLE", retryAfterSeconds: 1 });
    expect(vi.mocked(makeSlug).mock.calls.length).toBe(6);
    expect((await world.events.get(organiser, draft.id)).isPublished).toBe(false);
  });

  it("is only for the event's own organiser", async () => {
    const world = inMemoryWorld();
    const draft = await world.events.create(organiser, eventInput());
    await expect(world.events.publish(otto, draft.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(world.table.pages.size).toBe(0);
  });
});

describe("changing an event", () => {
  it("raises the revision (booked fans get updated invites) for a new title, place or slot time, not for a description or capacity", async () => {
    const { events, event, first, second, table, slotsOf } = await bookedEvent();
    const revision = () => table.events.get(event.id)!.revision ?? 0;
    await events.update(organiser, event.id, { description: "Bring two pens." });
    await events.update(organiser, event.id, { slots: slotsOf([[first, "15:00", "15:30", 3], [second, "16:00", "16:30"]]) });
    expect([revision(), table.revised.get(event.id)]).toEqual([0, false]);
    await events.update(organiser, event.id, { title: "Signing, with cake" });
    expect([revision(), table.revised.get(event.id)]).toEqual([1, true]);
    await events.update(organiser, event.id, { location: { name: "Blue Room" } });
    expect(revision()).toBe(2);
    await events.update(organiser, event.id, { slots: slotsOf([[first, "15:00", "15:30"], [second, "16:30", "17:00"]]) });
    expect(revision()).toBe(3);
  });

  it("a published event's change reaches its page and what new bookings copy", async () => {
    const { events, bookings, event, second, fan } = await bookedEvent();
    await events.update(organiser, event.id, { title: "Signing, with cake", maxPartySize: 2 });
    expect((await events.getPublic(event.slug!)).title).toBe("Signing, with cake");
    const booked = await bookings.book(await fan("Bob"), { slotId: second, seats: 2 });
    expect(booked.event.title).toBe("Signing, with cake");
  });

  it("refuses with HAS_BOOKINGS to shrink a slot below its bookings, move it or remove it, and changes nothing", async () => {
    const world = await bookedEvent();
    const { events, event, first, second, fan, bookings, slotsOf, table } = world;
    await bookings.book(await fan("Bob"), { slotId: first, seats: 1 });
    const before = table.events.get(event.id)!;
    for (const slots of [
      slotsOf([[first, "15:00", "15:30", 1], [second, "16:00", "16:30"]]),
      slotsOf([[first, "15:10", "15:40"], [second, "16:00", "16:30"]]),
      slotsOf([[second, "16:00", "16:30"]]),
    ]) {
      await expect(events.update(organiser, event.id, { slots })).rejects.toMatchObject({ code: "HAS_BOOKINGS" });
    }
    // The error names the slot where the request has it (a client may list slots in any order).
    await expect(events.update(organiser, event.id, { slots: slotsOf([[second, "16:00", "16:30"], [first, "15:00", "15:30", 1]]) })).rejects.toMatchObject({
      details: [{ path: "slots.1", message: "This slot has bookings." }],
    });
    expect(table.events.get(event.id)).toEqual(before);
    expect(table.counters.get(first)).toMatchObject({ capacity: 2, bookedCount: 2 });
  });

  it("shrinks a booked slot down to its bookings, and moves or removes a slot nobody booked", async () => {
    const { events, event, first, second, slotsOf } = await bookedEvent();
    const shrunk = await events.update(organiser, event.id, { slots: slotsOf([[first, "15:00", "15:30", 1], [second, "16:30", "17:00"]]) });
    expect(shrunk.slots.map((slot) => [slot.id, slot.startTime, slot.capacity, slot.available])).toEqual([
      [first, "15:00", 1, 0],
      [second, "16:30", 2, 2],
    ]);
    const removed = await events.update(organiser, event.id, { slots: slotsOf([[first, "15:00", "15:30"], [undefined, "17:00", "17:30", 5]]) });
    expect(removed.slots.map((slot) => slot.startTime)).toEqual(["15:00", "17:00"]);
    expect(removed.slots[1]!.id).not.toBe(second);
  });

  it("refuses a slot id that is not the event's", async () => {
    const { events, event, first, slotsOf } = await bookedEvent();
    await expect(events.update(organiser, event.id, { slots: slotsOf([[first, "15:00", "15:30"], ["ev9.x", "16:00", "16:30"]]) })).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
      details: [{ path: "slots.1.id" }],
    });
  });

  it("is only for the event's own organiser, and not once it is deleted", async () => {
    const { events, event, table } = await bookedEvent();
    await expect(events.update(otto, event.id, { title: "Mine now" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(table.events.get(event.id)!.title).toBe("Signing");
    await events.remove(organiser, event.id);
    await expect(events.update(organiser, event.id, { title: "Back" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("a change racing another is made again over the other's result; a store that keeps losing answers CONFLICT", async () => {
    const { eventStore, event, table, clock } = await bookedEvent();
    // The first write finds another change made since its read (the other organiser tab renamed it).
    let raced = false;
    const racing: EventStore = {
      ...eventStore,
      async update(...args) {
        if (!raced) {
          raced = true;
          const stored = table.events.get(event.id)!;
          table.events.set(event.id, { ...stored, title: "Renamed elsewhere", version: stored.version + 1 });
        }
        return eventStore.update(...args);
      },
    };
    const view = await createEventWrites(racing, { newEventId: () => "unused", now: () => clock.now }).update(organiser, event.id, { description: "Bring two pens." });
    expect(view).toMatchObject({ title: "Renamed elsewhere", description: "Bring two pens." });

    const losing: EventStore = { ...eventStore, update: async () => ({ ok: false, reason: "stale" }) };
    await expect(createEventWrites(losing, { newEventId: () => "unused" }).update(organiser, event.id, { title: "Never" })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("deleting an event", () => {
  it("cancels every booking (each one's removal seen, for the fans' emails), and the event and its page are gone", async () => {
    const { events, bookings, event, second, fan, table } = await bookedEvent();
    await bookings.book(await fan("Bob"), { slotId: second, seats: 1 });
    table.stream.length = 0;
    expect(await events.remove(organiser, event.id)).toEqual({ bookingsCancelled: 2 });
    expect(table.stream.map((record) => [record.kind, record.booking.fanName]).sort()).toEqual([
      ["removed", "Ann"],
      ["removed", "Bob"],
    ]);
    await expect(events.get(organiser, event.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(events.getPublic(event.slug!)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await events.listPublished(20)).items).toEqual([]);
  });

  it("is only for the event's own organiser", async () => {
    const { events, event, table } = await bookedEvent();
    await expect(events.remove(otto, event.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(table.bookings.size).toBe(1);
  });

  it("a deletion that stopped half-way is finished by deleting again", async () => {
    const { eventStore, events, event, table, bookings, fan, first } = await bookedEvent();
    const stopping: EventStore = {
      ...eventStore,
      purge: async () => {
        throw new Error("Lambda timed out");
      },
    };
    await expect(createEventRemoval(stopping).remove(organiser, event.id)).rejects.toThrow("timed out");
    // Hidden at once: nobody finds it, though its bookings are not cancelled yet.
    await expect(events.getPublic(event.slug!)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(table.events.get(event.id)!.deletedAt).toBeDefined();
    expect(await createEventRemoval(eventStore).remove(organiser, event.id)).toEqual({ bookingsCancelled: 1 });
    expect(table.events.has(event.id)).toBe(false);
    await expect(bookings.book(await fan("Bob"), { slotId: first, seats: 1 })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
