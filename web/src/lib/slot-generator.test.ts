import { describe, expect, it } from "vitest";
import { generateSlots } from "./slot-generator";

describe("generateSlots", () => {
  it("makes back-to-back slots and leaves out a last one that would overrun", () => {
    expect(generateSlots("10:00", "11:40", 30, 2)).toEqual([
      { startTime: "10:00", endTime: "10:30", capacity: 2 },
      { startTime: "10:30", endTime: "11:00", capacity: 2 },
      { startTime: "11:00", endTime: "11:30", capacity: 2 },
    ]);
  });

  it("can run to the end of the day", () => {
    expect(generateSlots("23:00", "24:00", 30, 1).map((slot) => slot.endTime)).toEqual(["23:30", "24:00"]);
  });

  it("makes nothing when no slot fits or the length is not sensible", () => {
    expect(generateSlots("12:00", "11:00", 30, 1)).toEqual([]);
    expect(generateSlots("10:00", "10:20", 30, 1)).toEqual([]);
    expect(generateSlots("10:00", "12:00", Number.NaN, 1)).toEqual([]);
  });
});
