import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";

describe("toCsv", () => {
  it("quotes commas, quotes and line breaks, and ends every row with CRLF", () => {
    expect(toCsv([["a", "b, c"], ['say "hi"', "two\nlines"], [1, null]])).toBe('a,"b, c"\r\n"say ""hi""","two\nlines"\r\n1,\r\n');
  });

  it("defuses cells a spreadsheet would run as formulas", () => {
    expect(toCsv([["=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)", "Ada"]])).toBe(`"'=HYPERLINK(""x"")",'+1,'-2,'@SUM(A1),Ada\r\n`);
  });
});
