import { describe, expect, it } from "vitest";
import { fill, setDictionary, t } from "./t";

describe("t()", () => {
  it("gives the English key, templates filled, until a dictionary is loaded", () => {
    expect(t("Book")).toBe("Book");
    expect(t("{{count}} left", { count: 3 })).toBe("3 left");
  });

  it("gives the German text once the German dictionary is loaded, and English for a key it lacks", () => {
    setDictionary({ Book: "Buchen", "{{count}} left": "Noch {{count}} frei" });
    expect(t("Book")).toBe("Buchen");
    expect(t("{{count}} left", { count: 1 })).toBe("Noch 1 frei");
    expect(t("Full")).toBe("Full");
  });
});

describe("templates", () => {
  it("fills every slot of a name, spaces inside the braces allowed", () => {
    expect(fill("{{ a }} and {{a}}, then {{b}}", { a: "one", b: 2 })).toBe("one and one, then 2");
  });

  it("takes values as they are: '$' patterns are not replacement patterns", () => {
    expect(fill("Booked: {{title}}.", { title: "$$ Night $& $' $`" })).toBe("Booked: $$ Night $& $' $`.");
  });

  it("leaves a slot without a value as it is, and text without slots alone", () => {
    expect(fill("{{count}} left", {})).toBe("{{count}} left");
    expect(fill("Book")).toBe("Book");
  });
});
