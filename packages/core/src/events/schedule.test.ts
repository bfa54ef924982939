import { describe, expect, it } from "vitest";
import { DomainError } from "../errors";
import { planSchedule } from "./schedule";

let n = 0;
const newId = () => `slot-${(n += 1)}`;
const slot = (startTime: string, endTime: string, capacity = 1) => ({ startTime, endTime, capacity });

const problems = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error.details;
    throw error;
  }
  throw new Error("expected a validation error");
};

describe("planning an event's slots", () => {
  it("sorts slots by start and gives each its exact instants", () => {
    const slots = planSchedule("2026-12-05", "Europe/Berlin", [slot("14:00", "15:00", 3), slot("09:00", "09:30")], newId);
    expect(slots.map((s) => [s.startTime, s.startsAt, s.endsAt, s.capacity])).toEqual([
      ["09:00", "2026-12-05T08:00:00.000Z", "2026-12-05T08:30:00.000Z", 1],
      ["14:00", "2026-12-05T13:00:00.000Z", "2026-12-05T14:00:00.000Z", 3],
    ]);
  });

  it("keeps a slot's id when it has one", () => {
    expect(planSchedule("2026-12-05", "UTC", [{ ...slot("10:00", "11:00"), id: "kept" }], newId)[0]!.id).toBe("kept");
  });

  it("refuses slots that end before they start, and overlapping slots, naming the field", () => {
    expect(problems(() => planSchedule("2026-12-05", "UTC", [slot("10:00", "09:00"), slot("11:00", "12:00"), slot("11:30", "12:30")], newId))).toEqual([
      { path: "slots.0.endTime", message: "A slot must end after it starts." },
      { path: "slots.2.startTime", message: "Overlaps the slot 11:00–12:00." },
    ]);
  });

  it("allows back-to-back slots", () => {
    expect(planSchedule("2026-12-05", "UTC", [slot("10:00", "11:00"), slot("11:00", "12:00")], newId)).toHaveLength(2);
  });

  it("refuses a slot at an hour skipped or repeated by a DST change, and keeps the day's other slots right", () => {
    expect(problems(() => planSchedule("2026-03-29", "Europe/Berlin", [slot("02:15", "03:30")], newId))).toEqual([
      { path: "slots.0.startTime", message: expect.stringContaining("clocks skip this time") },
    ]);
    expect(problems(() => planSchedule("2026-11-01", "America/New_York", [slot("00:30", "01:30")], newId))).toEqual([
      { path: "slots.0.endTime", message: expect.stringContaining("happens twice") },
    ]);
    // 01:00–04:00 across the spring-forward gap is two real hours.
    const [across] = planSchedule("2026-03-29", "Europe/Berlin", [slot("01:00", "04:00")], newId);
    expect(Date.parse(across!.endsAt) - Date.parse(across!.startsAt)).toBe(2 * 3600_000);
  });
});
