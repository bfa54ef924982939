import { describe, expect, it } from "vitest";
import { spanInWords } from "./countdown";

describe("spanInWords", () => {
  it("says a span in its two largest units, singular where one", () => {
    expect(spanInWords(8_000)).toBe("8 seconds");
    expect(spanInWords(1_000)).toBe("1 second");
    expect(spanInWords(61_000)).toBe("1 minute 1 second");
    expect(spanInWords(5 * 60_000)).toBe("5 minutes");
    expect(spanInWords(2 * 3600_000 + 3 * 60_000 + 10_000)).toBe("2 hours 3 minutes");
    expect(spanInWords(2 * 86_400_000 + 3 * 3600_000)).toBe("2 days 3 hours");
    expect(spanInWords(86_400_000)).toBe("1 day");
  });

  it("rounds up (a countdown never says 0 before the moment) and stops at 0", () => {
    expect(spanInWords(200)).toBe("1 second");
    expect(spanInWords(0)).toBe("0 seconds");
    expect(spanInWords(-5_000)).toBe("0 seconds");
  });
});
