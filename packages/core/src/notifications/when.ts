import { DateTime } from "luxon";
import type { Locale } from "../users/locale";
import { dateLocaleOf, translatorFor } from "./i18n/translate";

/**
 * When a booked slot happens, said unambiguously: in the event's own zone with the zone named (its long
 * name and IANA id), and in UTC; in the reader's language (its date formats are dictionary entries too).
 */
export function describeWhen(startsAt: string, endsAt: string, timezone: string, locale?: Locale) {
  const t = translatorFor(locale);
  const start = DateTime.fromISO(startsAt, { zone: timezone }).setLocale(dateLocaleOf(locale));
  const end = DateTime.fromISO(endsAt, { zone: timezone }).setLocale(dateLocaleOf(locale));
  // English UTC dates in the runtime's own English, as they always were; German ones in German.
  const inUtc = (instant: string) => (locale === "de" ? DateTime.fromISO(instant, { zone: "utc" }).setLocale("de") : DateTime.fromISO(instant, { zone: "utc" }));
  const zoneName = start.offsetNameLong ?? timezone;
  return {
    /** "Saturday, 5 December 2026, 15:00–15:30 Central European Standard Time (Europe/Berlin)"; "Samstag, 5. Dezember 2026, 15:00–15:30 Mitteleuropäische Normalzeit (Europe/Berlin)" */
    local: `${start.toFormat(t("cccc, d LLLL yyyy, HH:mm"))}–${end.toFormat("HH:mm")} ${zoneName} (${timezone})`,
    /** "5 Dec 2026, 14:00–14:30 UTC" */
    utc: `${inUtc(startsAt).toFormat(t("d LLL yyyy, HH:mm"))}–${inUtc(endsAt).toFormat("HH:mm")} UTC`,
    /** For subjects: "Sat 5 Dec, 15:00 (Europe/Berlin)" */
    short: `${start.toFormat(t("ccc d LLL, HH:mm"))} (${timezone})`,
  };
}
