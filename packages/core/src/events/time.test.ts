import { describe, expect, it } from "vitest";
import { wallTimeToInstant } from "./time";

const instant = (date: string, time: string, zone: string) => {
  const result = wallTimeToInstant(date, time, zone);
  if (!("instant" in result)) throw new Error(`no instant: ${result.problem}`);
  return result.instant.toISOString();
};

describe("wall-clock times to instants", () => {
  it("uses the zone's offset of that very day, either side of a DST change", () => {
    expect(instant("2026-03-28", "10:00", "Europe/Berlin")).toBe("2026-03-28T09:00:00.000Z"); // CET, +01:00
    expect(instant("2026-03-29", "10:00", "Europe/Berlin")).toBe("2026-03-29T08:00:00.000Z"); // CEST, +02:00
    expect(instant("2026-10-25", "10:00", "Europe/Berlin")).toBe("2026-10-25T09:00:00.000Z"); // back to CET
    expect(instant("2026-03-07", "09:00", "America/New_York")).toBe("2026-03-07T14:00:00.000Z"); // EST
    expect(instant("2026-03-08", "09:00", "America/New_York")).toBe("2026-03-08T13:00:00.000Z"); // EDT
    expect(instant("2026-11-01", "09:00", "America/New_York")).toBe("2026-11-01T14:00:00.000Z"); // EST again
  });

  it("reports a time the clocks skip on the spring-forward day", () => {
    expect(wallTimeToInstant("2026-03-29", "02:30", "Europe/Berlin")).toEqual({ problem: "skipped" });
    expect(wallTimeToInstant("2026-03-08", "02:00", "America/New_York")).toEqual({ problem: "skipped" });
    expect(instant("2026-03-29", "03:00", "Europe/Berlin")).toBe("2026-03-29T01:00:00.000Z");
    expect(instant("2026-03-29", "01:59", "Europe/Berlin")).toBe("2026-03-29T00:59:00.000Z");
  });

  it("reports a time that happens twice on the fall-back day", () => {
    expect(wallTimeToInstant("2026-10-25", "02:30", "Europe/Berlin")).toEqual({ problem: "repeated" });
    expect(wallTimeToInstant("2026-11-01", "01:15", "America/New_York")).toEqual({ problem: "repeated" });
    expect(instant("2026-11-01", "02:00", "America/New_York")).toBe("2026-11-01T07:00:00.000Z");
  });

  it("reads 24:00 as the end of the day", () => {
    expect(instant("2026-12-05", "24:00", "Europe/Berlin")).toBe("2026-12-05T23:00:00.000Z");
  });
});
