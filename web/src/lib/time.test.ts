import { describe, expect, it } from "vitest";
import { dayKey, groupByDay, sameClock } from "./time";

describe("slot times across zones", () => {
  // 2026-12-05 02:30 UTC: still the 4th in New York, already the 5th in Berlin.
  const lateNight = "2026-12-05T02:30:00.000Z";

  it("puts an instant on the viewer's own calendar day", () => {
    expect(dayKey(lateNight, "America/New_York")).toBe("2026-12-04");
    expect(dayKey(lateNight, "Europe/Berlin")).toBe("2026-12-05");
  });

  it("groups by the viewer's day, in time order", () => {
    const slots = [{ startsAt: "2026-12-05T10:00:00.000Z" }, { startsAt: lateNight }, { startsAt: "2026-12-05T03:00:00.000Z" }];
    const groups = groupByDay(slots, "America/New_York");
    expect(groups.map((group) => [group.day, group.items.map((slot) => slot.startsAt)])).toEqual([
      ["2026-12-04", [lateNight, "2026-12-05T03:00:00.000Z"]],
      ["2026-12-05", ["2026-12-05T10:00:00.000Z"]],
    ]);
  });

  it("knows when two zones read the same clock", () => {
    expect(sameClock("Europe/Berlin", "Europe/Paris", lateNight)).toBe(true);
    expect(sameClock("Europe/Berlin", "America/New_York", lateNight)).toBe(false);
  });
});
