import { tzlib_get_timezones } from "timezones-ical-library";
import { describe, expect, it } from "vitest";
import { canonicalTimeZone } from "./time";

describe("canonical IANA time zone names", () => {
  it("resolves renamed zones and aliases to the name the tz database uses now", () => {
    expect(canonicalTimeZone("Asia/Calcutta")).toBe("Asia/Kolkata");
    expect(canonicalTimeZone("Asia/Kolkata")).toBe("Asia/Kolkata");
    expect(canonicalTimeZone("US/Pacific")).toBe("America/Los_Angeles");
    expect(canonicalTimeZone("EST5EDT")).toBe("America/New_York");
    expect(canonicalTimeZone("Europe/Kiev")).toBe("Europe/Kyiv");
    expect(canonicalTimeZone("Asia/Saigon")).toBe("Asia/Ho_Chi_Minh");
    expect(canonicalTimeZone("America/Buenos_Aires")).toBe("America/Argentina/Buenos_Aires");
    expect(canonicalTimeZone("GB")).toBe("Europe/London");
  });

  it("spells every UTC as UTC, and fixes the case of a name", () => {
    for (const zone of ["UTC", "utc", "Etc/UTC", "etc/utc", "Etc/Zulu", "Zulu", "Universal"]) expect(canonicalTimeZone(zone)).toBe("UTC");
    expect(canonicalTimeZone("europe/berlin")).toBe("Europe/Berlin");
    expect(canonicalTimeZone("AMERICA/NEW_YORK")).toBe("America/New_York");
  });

  it("keeps a country's own zone rather than merging it into a neighbour's", () => {
    expect(canonicalTimeZone("Europe/Oslo")).toBe("Europe/Oslo");
    expect(canonicalTimeZone("Atlantic/Reykjavik")).toBe("Atlantic/Reykjavik");
    expect(canonicalTimeZone("Africa/Accra")).toBe("Africa/Accra");
    expect(canonicalTimeZone("Europe/Zurich")).toBe("Europe/Zurich");
  });

  it("refuses what is not an IANA zone", () => {
    for (const zone of ["", "+05:30", "UTC+1", "GMT+2", "Mars/Olympus", "Europe/", "Europe/Berlin ", "PT", "local"]) expect(canonicalTimeZone(zone)).toBeUndefined();
  });

  it("gives every IANA name a canonical name that is its own canonical name", () => {
    for (const name of tzlib_get_timezones() as string[]) {
      const canonical = canonicalTimeZone(name);
      if (canonical === undefined) continue; // a few legacy names (PT, ET…) Node cannot compute with
      expect(canonicalTimeZone(canonical), name).toBe(canonical);
      // Same instants in both: a canonical name never moves an event's times.
      const probe = new Date("2026-07-01T12:00:00Z");
      const offset = (zone: string) => new Intl.DateTimeFormat("en-GB", { timeZone: zone, timeZoneName: "longOffset" }).format(probe);
      expect(offset(canonical), name).toBe(offset(name));
    }
  });
});
