import { describe, expect, it } from "vitest";
import { dictionaryGaps, translationCalls, type TranslationCall } from "../../../tests/support/translation-keys";
import { errorCodes } from "@slotbook/contract/error-codes";
import german, { apiErrors } from "./de";

/** Every source file of the app, as text (vite reads them; the tests themselves call no t()). */
const sources = import.meta.glob<string>(["../**/*.{ts,tsx}", "!../**/*.test.ts"], { query: "?raw", import: "default", eager: true });
const calls: TranslationCall[] = Object.entries(sources).flatMap(([file, text]) => translationCalls(file, text));
const gaps = dictionaryGaps(calls, german);

describe("the scan for keys", () => {
  it("finds t() calls in code and JSX, not in comments or strings, and flags keys it can't read", () => {
    const source = 'const a = t("Hi");\n<p>{t("{{n}} left", { n })}</p>;\n// t("in a comment")\nsplit("t(");\nt(label);\nt(`Hi ${name}`);\nt(`Hi`);';
    const found = translationCalls("x.tsx", source);
    expect(found.map((call) => call.key ?? `other: ${call.other} (line ${call.line})`)).toEqual(["Hi", "{{n}} left", "other: label (line 5)", "other: `Hi ${name}` (line 6)", "Hi"]);
  });

  it("compares a dictionary with the keys found", () => {
    const found = translationCalls("x.ts", 't("Book"); t("{{count}} left"); t(label);');
    expect(dictionaryGaps(found, { Book: "Buchen", "{{count}} left": "Noch {{anzahl}} frei", Gone: "Weg" })).toEqual({
      missing: [],
      unused: ["Gone"],
      notLiteral: ["x.ts:1: t(label)"],
      otherSlots: ['"{{count}} left" → "Noch {{anzahl}} frei"'],
    });
    expect(dictionaryGaps(found, {}).missing).toEqual(["Book", "{{count}} left"]);
  });
});

describe("the German dictionary", () => {
  it("reads the app's texts: t() is called, and only ever with a literal key", () => {
    expect(calls.length).toBeGreaterThan(100);
    expect(gaps.notLiteral, "t() with a key a scan can't read (write the English text as a literal)").toEqual([]);
  });

  it("has a German text for every key the app uses", () => {
    expect(gaps.missing, "keys missing from web/src/i18n/de.ts").toEqual([]);
  });

  it("holds no text the app no longer uses", () => {
    expect(gaps.unused, "entries of web/src/i18n/de.ts no t() call uses").toEqual([]);
  });

  it("fills the same {{slots}} in German as in English, and leaves none empty", () => {
    expect(gaps.otherSlots).toEqual([]);
  });
});

describe("the API's errors in German", () => {
  it("are given for codes the API has", () => {
    expect(Object.keys(apiErrors).filter((code) => !(errorCodes as readonly string[]).includes(code))).toEqual([]);
  });
});
