import { describe, expect, it } from "vitest";
import { safeText } from "./safe-text";

const title = safeText({ max: 20, required: "Enter a title." });
const description = safeText({ max: 50, multiline: true });
const messages = (schema: typeof title, value: string) => schema.safeParse(value).error?.issues.map((issue) => issue.message) ?? [];

describe("the shared text rules", () => {
  it.each([
    ["a line break", "Hi\r\nBcc: a@b.test"],
    ["a NUL", "Meet\u0000"],
    ["a tab", "Meet\tgreet"],
    ["a C1 control", "Meet\u0085greet"],
    ["a right-to-left override", "Meet \u202Egnp.exe"],
    ["a bidi isolate", "Meet \u2066x\u2069"],
    ["a line separator", "Meet\u2028greet"],
    ["a lone surrogate", "Meet \uD83D"],
  ])("refuse %s in a single-line text", (_what, value) => {
    expect(messages(title, value)).toHaveLength(1);
  });

  it.each([["blank", "   "], ["zero-width only", "\u200B\u200C\u200D"], ["soft hyphens and word joiners", "\u00AD\u2060"], ["empty", ""]])(
    "refuse a required text that is %s",
    (_what, value) => {
      expect(messages(title, value)).toEqual(["Enter a title."]);
    },
  );

  it("keeps real text, accents, emoji and scripts, trimmed", () => {
    expect(title.parse("  Signing 🖊️ Café  ")).toBe("Signing 🖊️ Café");
    expect(title.parse("サイン会")).toBe("サイン会");
    expect(title.parse("مرحبا")).toBe("مرحبا");
  });

  it("lets a description keep its line breaks (stored as LF) and its layout", () => {
    expect(description.parse("Doors 18:00\r\nBring ID\n")).toBe("Doors 18:00\nBring ID\n");
    expect(description.parse("  indented\n\n  list")).toBe("  indented\n\n  list");
    expect(messages(description, "Doors\u0007")).toHaveLength(1);
    expect(description.parse("")).toBe("");
  });

  it("counts the limit on the stored text", () => {
    expect(messages(title, "x".repeat(21))).toEqual(["Use at most 20 characters."]);
    expect(title.parse(` ${"x".repeat(20)} `)).toHaveLength(20);
  });
});
