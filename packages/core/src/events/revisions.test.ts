import { describe, expect, it } from "vitest";
import { changedFor, revises } from "./revisions";
import { testEvent } from "./test-event";

const base = testEvent();
const event = testEvent({ slots: [base.slots[0]!], location: { name: "Blue Room", address: "Main St 1" } });

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
