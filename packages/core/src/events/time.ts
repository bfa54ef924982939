import { DateTime } from "luxon";
import { tzlib_get_ical_block, tzlib_get_timezones } from "timezones-ical-library";

/** Every IANA zone and link name (timezones-ical-library's copy of the tz database), by its lower-case spelling. */
let ianaNames: Map<string, string> | undefined;
const ianaName = (zone: string) => (ianaNames ??= new Map((tzlib_get_timezones() as string[]).map((name) => [name.toLowerCase(), name]))).get(zone.toLowerCase());

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
