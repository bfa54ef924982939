import type { Locale } from "../users/locale";
import { formatInZone, formatSpanInZone, zoneLongName } from "./zoned-dates";

/**
 * When a booked slot happens, said unambiguously: in the event's own zone with the zone named (its long
 * name and IANA id), and in UTC; in the reader's language (ICU's date formats for it).
 */
export function describeWhen(startsAt: string, endsAt: string, timezone: string, locale?: Locale) {
  const zoneName = zoneLongName(startsAt, timezone, locale) ?? timezone;
  return {
    /** "Saturday, 5 December 2026, 15:00–15:30 Central European Standard Time (Europe/Berlin)"; "Samstag, 5. Dezember 2026, 15:00–15:30 Uhr Mitteleuropäische Normalzeit (Europe/Berlin)" */
    local: `${formatSpanInZone(startsAt, endsAt, timezone, "long", locale)} ${zoneName} (${timezone})`,
    /** "5 Dec 2026, 14:00–14:30 UTC" */
    utc: `${formatSpanInZone(startsAt, endsAt, "UTC", "medium", locale)} UTC`,
    /** For subjects: "Sat 5 Dec, 15:00 (Europe/Berlin)" */
    short: `${formatInZone(startsAt, timezone, "short", locale)} (${timezone})`,
  };
}
