import { describe, expect, it } from "vitest";
import { formatLocaleFor, pickLocale } from "./locale";

describe("the page's language", () => {
  it("is a choice made with the switch, whatever the browser says", () => {
    expect(pickLocale("de", ["en-GB"])).toBe("de");
    expect(pickLocale("en", ["de-DE", "de"])).toBe("en");
  });

  it("is otherwise the first of the browser's languages that is English or German", () => {
    expect(pickLocale(null, ["de-DE", "en-US"])).toBe("de");
    expect(pickLocale(null, ["fr-FR", "de-AT", "en"])).toBe("de");
    expect(pickLocale(null, ["fr-FR", "en-GB", "de"])).toBe("en");
    expect(pickLocale(null, ["DE-ch"])).toBe("de");
  });

  it("is English when the browser has neither, or a stored value is no language of ours", () => {
    expect(pickLocale(null, ["fr-FR", "es"])).toBe("en");
    expect(pickLocale(null, [])).toBe("en");
    expect(pickLocale("fr", ["fr-FR"])).toBe("en");
    expect(pickLocale(null, ["dev", "eng"])).toBe("en");
  });
});

describe("the locale dates are written in", () => {
  it("is the browser's own variant of the chosen language", () => {
    expect(formatLocaleFor("en", ["en-GB"])).toBe("en-GB");
    expect(formatLocaleFor("de", ["de-AT", "en"])).toBe("de-AT");
    expect(formatLocaleFor("en", ["de-DE", "en-US"])).toBe("en-US");
  });

  it("is the language itself when the browser has no variant of it (German, or a German browser switched to English)", () => {
    expect(formatLocaleFor("de", ["en-GB"])).toBe("de-DE");
    expect(formatLocaleFor("en", ["de-DE"])).toBe("en");
  });

  it("writes German dates the German way", () => {
    const instant = new Date("2026-12-05T14:30:00Z");
    const format = (locale: string) => new Intl.DateTimeFormat(locale, { timeZone: "UTC", dateStyle: "full", timeStyle: "short" }).format(instant);
    expect(format(formatLocaleFor("de", ["fr"]))).toBe("Samstag, 5. Dezember 2026 um 14:30");
  });
});
