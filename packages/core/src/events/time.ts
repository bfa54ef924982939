import { DateTime, IANAZone } from "luxon";

export const isTimeZone = (zone: string): boolean => IANAZone.isValidZone(zone);

export type WallTimeResult = { instant: Date } | { problem: "skipped" | "repeated" };

/**
 * The exact instant of a wall-clock time on a date in an IANA zone (Luxon does the zone arithmetic).
 * A time that does not exist that day (clocks jump forward) or exists twice (clocks fall back) has no
 * single instant, so it is reported instead of guessed. "24:00" is the end of the day.
 */
export function wallTimeToInstant(date: string, time: string, zone: string): WallTimeResult {
  if (time === "24:00") return wallTimeToInstant(DateTime.fromISO(date, { zone: "utc" }).plus({ days: 1 }).toISODate()!, "00:00", zone);
  const local = DateTime.fromISO(`${date}T${time}`, { zone });
  if (!local.isValid) throw new RangeError(`Invalid date or time: ${date} ${time} ${zone}`);
  // Luxon moves a skipped time forward; if the wall clock no longer reads what was asked, it never happened.
  if (local.toFormat("yyyy-MM-dd'T'HH:mm") !== `${date}T${time}`) return { problem: "skipped" };
  if (local.getPossibleOffsets().length > 1) return { problem: "repeated" };
  return { instant: local.toJSDate() };
}

/** Today's date (YYYY-MM-DD) in a zone. */
export const todayIn = (zone: string, now = new Date()): string => DateTime.fromJSDate(now, { zone }).toISODate()!;
