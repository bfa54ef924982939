import { describe, expect, it } from "vitest";
import { describeWhen } from "./when";

describe("when a slot happens, as emails and texts say it", () => {
  it("names the day once, the zone by name and id, and the same span in UTC", () => {
    const when = describeWhen("2026-12-05T14:00:00.000Z", "2026-12-05T14:30:00.000Z", "Europe/Berlin");
    expect(when.local).toBe("Saturday, 5 December 2026, 15:00–15:30 Central European Standard Time (Europe/Berlin)");
    expect(when.utc).toBe("5 Dec 2026, 14:00–14:30 UTC");
    expect(when.short).toBe("Sat 5 Dec, 15:00 (Europe/Berlin)");
  });

  it("names both days of a slot that crosses midnight, in the zone and in UTC", () => {
    // ICU puts thin spaces around a dash between dates. 23:30–00:30 in Tokyo is 14:30–15:30 UTC: one day there, two days here.
    const tokyo = describeWhen("2026-12-05T14:30:00.000Z", "2026-12-05T15:30:00.000Z", "Asia/Tokyo");
    expect(tokyo.local).toBe("Saturday, 5 December 2026 at 23:30\u2009–\u2009Sunday, 6 December 2026 at 00:30 Japan Standard Time (Asia/Tokyo)");
    expect(tokyo.utc).toBe("5 Dec 2026, 14:30–15:30 UTC");
    const late = describeWhen("2026-12-05T23:30:00.000Z", "2026-12-06T00:30:00.000Z", "UTC");
    expect(late.utc).toBe("5 Dec 2026, 23:30\u2009–\u20096 Dec 2026, 00:30 UTC");
  });

  it("abbreviates months as British English does (CLDR): three letters, but Sept", () => {
    expect(describeWhen("2026-09-05T14:00:00.000Z", "2026-09-05T14:30:00.000Z", "Europe/London").short).toBe("Sat 5 Sept, 15:00 (Europe/London)");
    expect(describeWhen("2026-09-05T14:00:00.000Z", "2026-09-05T14:30:00.000Z", "Europe/London").utc).toBe("5 Sept 2026, 14:00–14:30 UTC");
  });

  it("says summer and winter time by their own names", () => {
    expect(describeWhen("2026-07-04T13:00:00.000Z", "2026-07-04T14:00:00.000Z", "Europe/Berlin").local).toContain("15:00–16:00 Central European Summer Time");
    expect(describeWhen("2026-07-04T13:00:00.000Z", "2026-07-04T14:00:00.000Z", "Europe/Berlin", "de").local).toBe(
      "Samstag, 4. Juli 2026, 15:00–16:00 Uhr Mitteleuropäische Sommerzeit (Europe/Berlin)",
    );
  });
});
