import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { dictionaryGaps, translationCalls } from "../../../../../tests/support/translation-keys";
import german from "./de";
import { fill, translatorFor } from "./translate";

/** Every source file of the core (tests aside): whatever writes to fans calls t() somewhere in it. */
const coreDir = join(import.meta.dirname, "..", "..");
const sources = readdirSync(coreDir, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"));
const calls = sources.flatMap((file) => translationCalls(relative(coreDir, join(coreDir, file)), readFileSync(join(coreDir, file), "utf8")));
const gaps = dictionaryGaps(calls, german);

describe("the German of emails and texts", () => {
  it("is asked for with literal keys only", () => {
    expect(calls.length).toBeGreaterThan(40);
    expect(gaps.notLiteral, "t() with a key a scan can't read (write the English text as a literal)").toEqual([]);
  });

  it("has every key the code uses", () => {
    expect(gaps.missing, "keys missing from packages/core/src/notifications/i18n/de.ts").toEqual([]);
  });

  it("holds nothing the code no longer uses", () => {
    expect(gaps.unused).toEqual([]);
  });

  it("fills the same {{slots}} as the English, and leaves none empty", () => {
    expect(gaps.otherSlots).toEqual([]);
  });
});

describe("translatorFor", () => {
  it("writes German for German accounts and English for everyone else (and records from before locales)", () => {
    expect(translatorFor("de")("Hi {{name}},", { name: "Greta" })).toBe("Hallo Greta,");
    expect(translatorFor("en")("Hi {{name}},", { name: "Greta" })).toBe("Hi Greta,");
    expect(translatorFor(undefined)("Hi {{name}},", { name: "Greta" })).toBe("Hi Greta,");
  });

  it("takes values as they are ('$' patterns stay)", () => {
    expect(fill("Booked: {{title}}, {{when}}", { title: "$$ Night $&", when: "Sat" })).toBe("Booked: $$ Night $&, Sat");
  });
});
