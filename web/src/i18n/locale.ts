/**
 * The page's language: English or German. A choice made with the footer's switch is kept in localStorage;
 * without one, the first of the browser's languages that is English or German; else English. Fixed for the
 * page's life (the switch reloads), so nothing needs to react to it.
 */
export type Locale = "en" | "de";

export const localeKey = "slotbook.locale";

/** The supported language a BCP 47 tag names ("de-AT" → "de"), if any. */
const languageOf = (tag: string) => /^(en|de)(-|$)/i.exec(tag)?.[1]!.toLowerCase() as Locale | undefined;

export function pickLocale(stored: string | null, languages: readonly string[]): Locale {
  if (stored === "en" || stored === "de") return stored;
  for (const tag of languages) {
    const language = languageOf(tag);
    if (language) return language;
  }
  return "en";
}

/**
 * The locale dates and times are written in: the browser's own variant of the chosen language (en-GB's
 * day-month order, de-AT), or the language plainly when the browser has none (a German browser that chose English).
 */
export const formatLocaleFor = (locale: Locale, languages: readonly string[]): string =>
  languages.find((tag) => languageOf(tag) === locale) ?? (locale === "de" ? "de-DE" : "en");

function storedChoice(): string | null {
  try {
    return localStorage.getItem(localeKey);
  } catch {
    // Storage blocked (or none, outside a browser): the browser's languages decide.
    return null;
  }
}

export const locale: Locale = pickLocale(storedChoice(), navigator.languages);
export const formatLocale = formatLocaleFor(locale, navigator.languages);

/** The footer's switch: remembers the choice and reloads, so every text and date is written afresh. */
export function switchLocale(to: Locale): void {
  localStorage.setItem(localeKey, to);
  location.reload();
}
