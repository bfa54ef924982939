import { describe, expect, it } from "vitest";
import { createEventInput, updateEventInput } from "../events/write-inputs";

const event = { title: "Signing", date: "2030-06-01", timezone: "Europe/Berlin", slots: [{ startTime: "10:00", endTime: "11:00" }] };
const problems = (reminders: unknown) => {
  const parsed = updateEventInput.safeParse({ reminders });
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.path.join("."));
};

describe("an event's reminders", () => {
  it("default to a day before; are kept latest-first; [] turns them off", () => {
    expect(createEventInput.parse(event).reminders).toEqual([1440]);
    expect(createEventInput.parse({ ...event, reminders: [60, 1440, 5] }).reminders).toEqual([1440, 60, 5]);
    expect(createEventInput.parse({ ...event, reminders: [] }).reminders).toEqual([]);
    expect(updateEventInput.parse({}).reminders).toBeUndefined();
  });

  it("are whole minutes from 5 to 30 days, at most five, each once", () => {
    expect(problems([5, 43_200])).toEqual([]);
    expect(problems([4])).toEqual(["reminders.0"]);
    expect(problems([60, 43_201])).toEqual(["reminders.1"]);
    expect(problems([90.5])).toEqual(["reminders.0"]);
    expect(problems(["60"])).toEqual(["reminders.0"]);
    expect(problems([10, 20, 30, 40, 50, 60])).toEqual(["reminders"]);
    expect(problems([60, 60])).toEqual(["reminders"]);
    expect(problems(60)).toEqual(["reminders"]);
  });
});
