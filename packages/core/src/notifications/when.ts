import { DateTime } from "luxon";

/**
 * When a booked slot happens, said unambiguously: in the event's own zone with the zone named (its long
 * name and IANA id), and in UTC.
 */
export function describeWhen(startsAt: string, endsAt: string, timezone: string) {
  const start = DateTime.fromISO(startsAt, { zone: timezone }).setLocale("en-GB");
  const end = DateTime.fromISO(endsAt, { zone: timezone }).setLocale("en-GB");
  const startUtc = DateTime.fromISO(startsAt, { zone: "utc" });
  const endUtc = DateTime.fromISO(endsAt, { zone: "utc" });
  const zoneName = start.offsetNameLong ?? timezone;
  return {
    /** "Saturday, 5 December 2026, 15:00–15:30 Central European Standard Time (Europe/Berlin)" */
    local: `${start.toFormat("cccc, d LLLL yyyy, HH:mm")}–${end.toFormat("HH:mm")} ${zoneName} (${timezone})`,
    /** "5 Dec 2026, 14:00–14:30 UTC" */
    utc: `${startUtc.toFormat("d LLL yyyy, HH:mm")}–${endUtc.toFormat("HH:mm")} UTC`,
    /** For subjects: "Sat 5 Dec, 15:00 (Europe/Berlin)" */
    short: `${start.toFormat("ccc d LLL, HH:mm")} (${timezone})`,
  };
}
