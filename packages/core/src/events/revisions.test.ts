import { describe, expect, it } from "vitest";
import type { EventRecord } from "./records";
import { changedFor, revises } from "./revisions";

const event: EventRecord = {
  id: "event1",
  adminId: "admin1",
  adminUsername: "olga",
  title: "Signing",
  description: "Bring a pen.",
  date: "2026-12-05",
  timezone: "Europe/Berlin",
  slots: [{ id: "slotA", startTime: "15:00", endTime: "15:30", startsAt: "2026-12-05T14:00:00.000Z", endsAt: "2026-12-05T14:30:00.000Z", capacity: 5 }],
  slug: "signing",
  isPublished: true,
  publishedAt: "2026-11-01T09:00:00.000Z",
  createdAt: "2026-11-01T08:00:00.000Z",
  updatedAt: "2026-11-01T09:00:00.000Z",
  version: 2,
  location: { name: "Blue Room", address: "Main St 1" },
};

describe("which changes booked fans are told of", () => {
  it("a new venue, address or online link is one; so is adding or removing the location", () => {
    for (const location of [{ name: "Red Room", address: "Main St 1" }, { name: "Blue Room", address: "Main St 2" }, { name: "Blue Room", address: "Main St 1", url: "https://meet.example/x" }, null]) {
      expect(revises(event, { ...event, location }), JSON.stringify(location)).toBe(true);
      expect(changedFor("slotA", event, { ...event, location })).toBe(true);
    }
    expect(revises({ ...event, location: null }, { ...event, location: { url: "https://meet.example/x" } })).toBe(true);
  });

  it("the same location (or none, however stored) is no change, and neither are the questions", () => {
    expect(revises(event, { ...event, location: { address: "Main St 1", name: "Blue Room" } })).toBe(false);
    const { location: _none, ...without } = event;
    expect(revises(without, { ...without, location: null })).toBe(false);
    expect(revises(event, { ...event, questions: [{ id: "q1", label: "Size", type: "text", required: true }] })).toBe(false);
  });
});
