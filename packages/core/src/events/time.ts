import { tzlib_get_ical_block, tzlib_get_timezones } from "timezones-ical-library";

/** Every IANA zone and link name (timezones-ical-library's copy of the tz database), by its lower-case spelling. */
let ianaNames: Map<string, string> | undefined;
const ianaName = (zone: string) => (ianaNames ??= new Map((tzlib_get_timezones() as string[]).map((name) => [name.toLowerCase(), name]))).get(zone.toLowerCase());

/** Every zone and link name of the tz database (timezones-ical-library's copy). */
export const tzDatabaseNames = (): string[] => tzlib_get_timezones() as string[];

/** The zone's CLDR id as Node's Intl (ICU) knows it; undefined when Intl does not know the zone. */
function cldrId(zone: string): string | undefined {
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** Where an IANA link points (the zone whose VTIMEZONE timezones-ical-library serves for it). */
function linkTarget(name: string): string | undefined {
  const block = tzlib_get_ical_block(name);
  return Array.isArray(block) ? block[1]?.replace(/^TZID=/, "") : undefined;
}

/**
 * The canonical IANA name of a time zone, or undefined when it is not an IANA zone that Node can compute
 * with. `Asia/Calcutta` → `Asia/Kolkata`, `US/Pacific` → `America/Los_Angeles`, `EST5EDT` →
 * `America/New_York`, `europe/berlin` → `Europe/Berlin`, and every spelling of UTC (`utc`, `Etc/UTC`,
 * `Zulu`, `GMT`…) → `UTC`. Offsets such as `+05:30` are not IANA zones.
 *
 * Two well-kept tables are combined, because neither is right alone: the tz database's links
 * (timezones-ical-library) follow renames but also merge whole countries into a neighbour's zone since
 * 2022 (`Europe/Oslo` → `Europe/Berlin`, `Atlantic/Reykjavik` → `Africa/Abidjan`); Node's Intl (CLDR)
 * keeps one zone per country but under old names (`Asia/Calcutta`, `Europe/Kiev`). A link is followed only
 * when CLDR agrees that it is the same zone, which is what ECMA-402 asks of canonical ids (links within a
 * country are resolved, zones of different countries stay apart).
 */
export function canonicalTimeZone(zone: string): string | undefined {
  const cldr = cldrId(zone);
  if (!cldr) return undefined;
  if (cldr === "UTC") return "UTC";
  const name = ianaName(zone);
  if (!name) return undefined;
  const target = linkTarget(name) ?? name;
  if (target === name) return name; // a zone of its own
  if (cldrId(target) === cldr) return target; // a link to the same zone: a rename or an alias
  // A link across countries: CLDR's own zone for it, itself canonicalised (it may be an old spelling).
  return cldr === name ? name : (canonicalTimeZone(cldr) ?? name);
}

export const isTimeZone = (zone: string): boolean => canonicalTimeZone(zone) !== undefined;

export type WallTimeResult = { instant: Date } | { problem: "skipped" | "repeated" };

const minuteMs = 60_000;
const dayMs = 86_400_000;

/** One formatter per zone (building one is the costly part): wall-clock fields of an instant in that zone. */
const wallClocks = new Map<string, Intl.DateTimeFormat>();
const wallClock = (zone: string) => {
  let format = wallClocks.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", { timeZone: zone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric" });
    wallClocks.set(zone, format);
  }
  return format;
};

/** The zone's UTC offset at an instant, in minutes (what its wall clock reads, as if UTC, minus the instant). */
function offsetAt(zone: string, ts: number): number {
  const field: Record<string, number> = {};
  for (const part of wallClock(zone).formatToParts(ts)) if (part.type !== "literal") field[part.type] = Number(part.value);
  const wall = Date.UTC(field.year!, field.month! - 1, field.day!, field.hour! % 24, field.minute!, field.second!);
  return Math.round((wall - (ts - (((ts % 1000) + 1000) % 1000))) / minuteMs);
}

/** A calendar date and wall time read as if in UTC (ms), or undefined when it is no such date or time. */
function localMs(date: string, time: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(`${date}T${time}`);
  if (!match) return undefined;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const ms = Date.UTC(year, month - 1, day, hour, minute);
  const back = new Date(ms);
  // Date.UTC rolls over (Feb 30 → Mar 2, 25:00 → the next day): such a date or time does not exist.
  return back.getUTCFullYear() === year && back.getUTCMonth() === month - 1 && back.getUTCDate() === day && back.getUTCHours() === hour && back.getUTCMinutes() === minute
    ? ms
    : undefined;
}

/**
 * The exact instant of a wall-clock time on a date in an IANA zone (the zone arithmetic is Node's Intl, i.e.
 * ICU's copy of the tz database). A time that does not exist that day (clocks jump forward) or exists twice
 * (clocks fall back) has no single instant, so it is reported instead of guessed. "24:00" is the end of the day.
 *
 * The candidates are the wall time less the zone's offset a day before and a day after; a candidate is an
 * instant of that wall time when the zone really has that offset then. None: skipped; two: repeated.
 */
export function wallTimeToInstant(date: string, time: string, zone: string): WallTimeResult {
  if (time === "24:00") {
    const day = localMs(date, "00:00");
    if (day === undefined) throw new RangeError(`Invalid date or time: ${date} ${time} ${zone}`);
    return wallTimeToInstant(new Date(day + dayMs).toISOString().slice(0, 10), "00:00", zone);
  }
  const local = localMs(date, time);
  if (local === undefined) throw new RangeError(`Invalid date or time: ${date} ${time} ${zone}`);
  const offsets = new Set([offsetAt(zone, local - dayMs), offsetAt(zone, local + dayMs)]);
  const instants = [...offsets].map((offset) => local - offset * minuteMs).filter((ts) => offsetAt(zone, ts) === (local - ts) / minuteMs);
  if (instants.length === 0) return { problem: "skipped" };
  if (instants.length > 1) return { problem: "repeated" };
  return { instant: new Date(instants[0]!) };
}

/** Today's date (YYYY-MM-DD) in a zone. */
export const todayIn = (zone: string, now = new Date()): string => new Date(now.getTime() + offsetAt(zone, now.getTime()) * minuteMs).toISOString().slice(0, 10);
