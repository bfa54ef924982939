import { describe, expect, it } from "vitest";
import { inMemoryEventStore } from "../testing/in-memory-event-store";
import { memoryTable } from "../testing/memory-table";
import { eventInput, inMemoryWorld, organiser } from "../testing/world";
import { createEventReads } from "./event-reads";
import type { PublicEventRecord } from "./event-store";
import type { SlotDefinition } from "./records";

const slot = (id: string, startsAt: string, endsAt: string): SlotDefinition => ({ id, startTime: startsAt.slice(11, 16), endTime: endsAt.slice(11, 16), startsAt, endsAt, capacity: 2 });

const page = (slug: string, slots: SlotDefinition[]): PublicEventRecord => ({
  slug,
  eventId: slug,
  title: slug,
  description: "",
  date: slots[0]!.startsAt.slice(0, 10),
  timezone: "UTC",
  slots,
  startsAt: slots[0]!.startsAt,
  endsAt: slots[slots.length - 1]!.endsAt,
});

/** The table's public pages, as publishing leaves them (no counter written: nobody booked). */
const storeOf = (pages: PublicEventRecord[]) => {
  const table = memoryTable();
  for (const item of pages) table.pages.set(item.slug, item);
  return inMemoryEventStore(table);
};

describe("the public list of events", () => {
  const now = new Date("2026-12-05T12:30:00.000Z");
  const reads = (pages: PublicEventRecord[]) => createEventReads(storeOf(pages), { now: () => now });

  it("leaves out an event whose last slot has started, though it has not ended", async () => {
    const underWay = page("under-way", [slot("a.1", "2026-12-05T11:00:00.000Z", "2026-12-05T12:00:00.000Z"), slot("a.2", "2026-12-05T12:00:00.000Z", "2026-12-05T13:00:00.000Z")]);
    const later = page("later", [slot("b.1", "2026-12-06T10:00:00.000Z", "2026-12-06T11:00:00.000Z")]);
    const list = await reads([underWay, later]).listPublished(20);
    expect(list.items.map((item) => item.slug)).toEqual(["later"]);
  });

  it("dates an event that has begun by its next slot, and counts only slots still to come", async () => {
    const begun = page("begun", [
      slot("c.1", "2026-12-05T10:00:00.000Z", "2026-12-05T11:00:00.000Z"),
      slot("c.2", "2026-12-05T12:00:00.000Z", "2026-12-05T13:00:00.000Z"),
      slot("c.3", "2026-12-05T14:00:00.000Z", "2026-12-05T15:00:00.000Z"),
      slot("c.4", "2026-12-05T16:00:00.000Z", "2026-12-05T17:00:00.000Z"),
    ]);
    const [summary] = (await reads([begun]).listPublished(20)).items;
    expect(summary).toMatchObject({ slug: "begun", startsAt: "2026-12-05T14:00:00.000Z", slotsAvailable: 2 });
  });
});

describe("an organiser's events", () => {
  const otto = { id: "admin2", username: "otto@example.com" };

  it("shows their event with each slot's live seats: booked, held for waitlist offers, still free", async () => {
    const world = inMemoryWorld();
    const event = await world.publishedEvent();
    const [first, second] = event.slots.map((slot) => slot.id) as [string, string];
    await world.bookings.book(await world.fan("Ann"), { slotId: first, seats: 1 });
    world.table.counters.set(first, { ...world.table.counters.get(first)!, heldCount: 1, waitingCount: 3 });
    const view = await world.events.get(organiser, event.id);
    expect(view.slots.map((slot) => [slot.id, slot.bookedCount, slot.heldCount, slot.available, slot.waitlistLength])).toEqual([
      [first, 1, 1, 0, 3],
      [second, 0, 0, 2, 0],
    ]);
  });

  it("is NOT_FOUND to another organiser, and to anyone once the event is being deleted", async () => {
    const world = inMemoryWorld();
    const event = await world.publishedEvent();
    await expect(world.events.get(otto, event.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    world.table.events.set(event.id, { ...world.table.events.get(event.id)!, deletedAt: "2030-05-01T11:00:00.000Z" });
    await expect(world.events.get(organiser, event.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("lists their own events, newest first, page by page", async () => {
    const world = inMemoryWorld();
    for (const title of ["One", "Two", "Three"]) {
      await world.events.create(organiser, eventInput({ title }));
      world.clock.now = new Date(world.clock.now.getTime() + 60_000);
    }
    await world.events.create(otto, eventInput({ title: "Otto's" }));
    const first = await world.events.list(organiser, 2);
    expect(first.items.map((item) => item.title)).toEqual(["Three", "Two"]);
    const rest = await world.events.list(organiser, 2, first.nextCursor);
    expect(rest.items.map((item) => item.title)).toEqual(["One"]);
    expect(rest.nextCursor).toBeUndefined();
  });
});

describe("what anyone sees of an event", () => {
  it("nothing until it is published; then its page, and its slots with seats free but no counts", async () => {
    const world = inMemoryWorld();
    const draft = await world.events.create(organiser, eventInput());
    const published = await world.events.publish(organiser, draft.id);
    await world.bookings.book(await world.fan("Ann"), { slotId: draft.slots[0]!.id, seats: 1 });
    expect(await world.events.getPublic(published.slug!)).toMatchObject({ title: "Signing", slug: published.slug, slots: [{ available: 1 }, { available: 2 }] });
    const slots = (await world.events.getPublicSlots(published.slug!)).items;
    expect(slots.map((slot) => slot.available)).toEqual([1, 2]);
    expect(slots[0]).not.toHaveProperty("bookedCount");
    expect(slots[0]).not.toHaveProperty("heldCount");
    await expect(world.events.getPublic("no-such-event")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("counts in the public list only the upcoming slots that still have a seat", async () => {
    const world = inMemoryWorld();
    const event = await world.publishedEvent({ slots: [{ startTime: "15:00", endTime: "15:30", capacity: 1 }, { startTime: "16:00", endTime: "16:30", capacity: 1 }] });
    expect((await world.events.listPublished(20)).items).toMatchObject([{ slug: event.slug, slotsAvailable: 2 }]);
    await world.bookings.book(await world.fan("Ann"), { slotId: event.slots[0]!.id, seats: 1 });
    expect((await world.events.listPublished(20)).items).toMatchObject([{ slug: event.slug, slotsAvailable: 1 }]);
  });
});
