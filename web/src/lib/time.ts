/**
 * Dates and times for people, with the browser's Intl APIs only, written the page's language's way (i18n/locale.ts).
 * Instants from the API are UTC; they are shown in the viewer's own zone, with the event's zone beside them when it differs.
 */
import { formatLocale } from "../i18n/locale";

export const viewerTimeZone = (): string => Intl.DateTimeFormat(formatLocale).resolvedOptions().timeZone;

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${timeZone}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(formatLocale, { timeZone, ...options });
    formatters.set(key, cached);
  }
  return cached;
}

/** "Saturday 5 December 2026", "Samstag, 5. Dezember 2026" (in the page's language). */
export const formatDay = (instant: string, timeZone: string) =>
  formatter(timeZone, { weekday: "long", day: "numeric", month: "long", year: "numeric" }).format(new Date(instant));

/** "14:00" or "2:00 PM", as the page's language (and the browser's variant of it) writes times. */
export const formatTime = (instant: string, timeZone: string) => formatter(timeZone, { timeStyle: "short" }).format(new Date(instant));

export const formatTimeRange = (startsAt: string, endsAt: string, timeZone: string) =>
  `${formatTime(startsAt, timeZone)}–${formatTime(endsAt, timeZone)}`;

/** "Sat 5 Dec 2026, 14:00", for tables and lists. */
export const formatDateTime = (instant: string, timeZone: string) =>
  formatter(timeZone, { dateStyle: "medium", timeStyle: "short" }).format(new Date(instant));

/** The zone's short name at that instant ("CET", "GMT+1"), next to its IANA id where that helps. */
export function zoneLabel(timeZone: string, instant: string): string {
  const name = formatter(timeZone, { timeZoneName: "short" })
    .formatToParts(new Date(instant))
    .find((part) => part.type === "timeZoneName")?.value;
  return name && name !== timeZone ? `${timeZone.replace(/_/g, " ")} (${name})` : timeZone.replace(/_/g, " ");
}

/** The calendar day of an instant in a zone, as YYYY-MM-DD: slots are grouped by it. */
export function dayKey(instant: string, timeZone: string): string {
  const parts = formatter(timeZone, { year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(new Date(instant));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/** Whether two zones show the same wall-clock time at this instant (then the event's zone needs no mention). */
export const sameClock = (a: string, b: string, instant: string) =>
  formatter(a, { dateStyle: "short", timeStyle: "short" }).format(new Date(instant)) ===
  formatter(b, { dateStyle: "short", timeStyle: "short" }).format(new Date(instant));

export interface DayGroup<T> {
  day: string;
  label: string;
  items: T[];
}

/** Items with a start instant, grouped by the viewer's calendar day, each day and its items in time order. */
export function groupByDay<T extends { startsAt: string }>(items: readonly T[], timeZone: string): DayGroup<T>[] {
  const groups = new Map<string, DayGroup<T>>();
  for (const item of [...items].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    const day = dayKey(item.startsAt, timeZone);
    let group = groups.get(day);
    if (!group) {
      group = { day, label: formatDay(item.startsAt, timeZone), items: [] };
      groups.set(day, group);
    }
    group.items.push(item);
  }
  return [...groups.values()];
}
