import { describe, expect, it } from "vitest";
import { fromLocalInput, toLocalInput } from "./zoned";

describe("datetime-local values in an event's zone", () => {
  it("turns a wall-clock time into the instant and back, in winter and summer", () => {
    expect(fromLocalInput("2026-12-05T09:00", "Europe/Berlin")).toBe("2026-12-05T08:00:00.000Z");
    expect(fromLocalInput("2026-07-01T09:00", "Europe/Berlin")).toBe("2026-07-01T07:00:00.000Z");
    expect(fromLocalInput("2026-07-01T09:00", "America/New_York")).toBe("2026-07-01T13:00:00.000Z");
    expect(fromLocalInput("2026-07-01T09:30", "Asia/Kolkata")).toBe("2026-07-01T04:00:00.000Z");
    expect(toLocalInput("2026-12-05T08:00:00.000Z", "Europe/Berlin")).toBe("2026-12-05T09:00");
    expect(toLocalInput("2026-07-01T13:00:00.000Z", "America/New_York")).toBe("2026-07-01T09:00");
    expect(toLocalInput("2026-07-01T23:30:00.000Z", "UTC")).toBe("2026-07-01T23:30");
  });

  it("handles the days the clocks change: a skipped time lands after the gap, a repeated one is its first", () => {
    // Berlin, 29 March 2026: 02:00 → 03:00. 02:30 doesn't exist; read with winter's offset it is 01:30 UTC (03:30 summer time).
    expect(fromLocalInput("2026-03-29T02:30", "Europe/Berlin")).toBe("2026-03-29T01:30:00.000Z");
    expect(fromLocalInput("2026-03-29T03:00", "Europe/Berlin")).toBe("2026-03-29T01:00:00.000Z");
    // Berlin, 25 October 2026: 03:00 → 02:00. 02:30 happens twice: the first (summer time) is 00:30 UTC.
    expect(fromLocalInput("2026-10-25T02:30", "Europe/Berlin")).toBe("2026-10-25T00:30:00.000Z");
  });

  it("refuses what isn't a datetime-local value", () => {
    expect(fromLocalInput("", "Europe/Berlin")).toBeUndefined();
    expect(fromLocalInput("2026-13-45T99:00", "Europe/Berlin")).toBeUndefined();
  });
});
