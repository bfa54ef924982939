import { describe, expect, it } from "vitest";
import { formatReminders, parseReminders } from "./reminders";

describe("reminder times in the event form", () => {
  it("read days, hours and minutes, and write each in its largest whole unit", () => {
    expect(parseReminders("1d, 2h,30m")).toEqual([1440, 120, 30]);
    expect(parseReminders(" 3 D ")).toEqual([4320]);
    expect(parseReminders("")).toEqual([]);
    expect(formatReminders([1440, 60, 90, 5])).toBe("1d, 1h, 90m, 5m");
    expect(parseReminders(formatReminders([4320, 120, 45]))).toEqual([4320, 120, 45]);
  });

  it("refuse what they can't read, naming it", () => {
    expect(() => parseReminders("1d, soon")).toThrow(/"soon"/);
    expect(() => parseReminders("1.5h")).toThrow(/"1.5h"/);
  });
});
