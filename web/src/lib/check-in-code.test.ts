import { describe, expect, it } from "vitest";
import { bookingIdFromCode, checkInUrl } from "./check-in-code";

describe("a booking's check-in code", () => {
  it("is the check-in page's URL at that booking, and gives the booking back", () => {
    const url = checkInUrl("https://slotbook.example", "ev 1", "ev1.s1~fan/1");
    expect(url).toBe("https://slotbook.example/admin/events/ev%201/check-in?booking=ev1.s1~fan%2F1");
    expect(bookingIdFromCode(url)).toBe("ev1.s1~fan/1");
  });

  it("takes a bare booking id, and nothing else", () => {
    expect(bookingIdFromCode("  ev1.s1~fan1 ")).toBe("ev1.s1~fan1");
    expect(bookingIdFromCode("https://elsewhere.example/")).toBeUndefined();
    expect(bookingIdFromCode("not an id!")).toBeUndefined();
  });
});
