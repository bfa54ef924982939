import type { Locale } from "../users/locale";

/**
 * Dates as fans read them, in an event's zone and their language: Node's Intl (ICU's formats for each
 * language, and its copy of the tz database) does all of it, so the notifier bundles no date library. A slot
 * is written as a range (`formatRange`), which names the day once and both days when it crosses midnight.
 */

const styles = {
  /** "Saturday, 5 December 2026, 15:00–15:30"; "Samstag, 5. Dezember 2026, 15:00–15:30 Uhr" */
  long: { weekday: "long", day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" },
  /** "5 Dec 2026, 14:00–14:30"; "5. Dez. 2026, 14:00–14:30 Uhr" */
  medium: { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" },
  /** "Sat 5 Dec, 15:00"; "Sa., 5. Dez., 15:00" */
  short: { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" },
  /** "15:00" */
  time: { hour: "2-digit", minute: "2-digit" },
  /** The zone's long name: "Central European Standard Time", "Mitteleuropäische Normalzeit" */
  zoneName: { timeZoneName: "long" },
} satisfies Record<string, Intl.DateTimeFormatOptions>;
export type DateStyle = keyof typeof styles;

/** One formatter per language, zone and style (building one is the costly part). */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(style: DateStyle, zone: string, locale: Locale | undefined): Intl.DateTimeFormat {
  const language = locale === "de" ? "de" : "en-GB"; // British English: day before month, 24-hour clock
  const key = `${language} ${zone} ${style}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(language, { timeZone: zone, hourCycle: "h23", ...styles[style] })));
  return format;
}

/** An instant in a zone, in a style, in the reader's language. */
export const formatInZone = (instant: string, zone: string, style: DateStyle, locale?: Locale): string =>
  formatter(style, zone, locale).format(new Date(instant));

/** From one instant to another in a zone, the shared parts said once. */
export const formatSpanInZone = (start: string, end: string, zone: string, style: DateStyle, locale?: Locale): string =>
  formatter(style, zone, locale).formatRange(new Date(start), new Date(end));

/** The zone's long name at that instant ("Central European Standard Time"), in the reader's language. */
export const zoneLongName = (instant: string, zone: string, locale?: Locale): string | undefined =>
  formatter("zoneName", zone, locale).formatToParts(new Date(instant)).find((part) => part.type === "timeZoneName")?.value;
