import { describe, expect, it } from "vitest";
import { createEventReads } from "./event-reads";
import type { EventStore, PublicEventRecord } from "./event-store";
import type { SlotCounter, SlotDefinition } from "./records";

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

/** The two reads the public list makes, over fixed pages (every counter empty). */
const storeOf = (pages: PublicEventRecord[]) =>
  ({
    listPublished: async () => ({ items: pages }),
    countersOfSlots: async () => new Map<string, SlotCounter>(),
  }) as unknown as EventStore;

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
