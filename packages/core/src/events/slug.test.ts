import { describe, expect, it } from "vitest";
import { makeSlug } from "./slug";

describe("event slugs", () => {
  it("are URL-safe words from the title plus a random suffix", () => {
    expect(makeSlug("Meet & Greet: Café Ünter den Linden!")).toMatch(/^meet-and-greet-cafe-unter-den-linden-[a-z0-9]{6}$/);
    expect(makeSlug("<b>Jazz</b> & Tea")).toMatch(/^b-jazz-b-and-tea-[a-z0-9]{6}$/);
    expect(makeSlug("🎉🎉")).toMatch(/^event-[a-z0-9]{6}$/);
    expect(makeSlug("x".repeat(300)).length).toBeLessThanOrEqual(67);
  });

  it("differ for the same title", () => {
    const slugs = new Set(Array.from({ length: 50 }, () => makeSlug("Same title")));
    expect(slugs.size).toBe(50);
  });
});
