import { describe, expect, it } from "vitest";
import { adminEventPage, bookingPage, checkInPage, eventPage } from "./site-paths";

describe("the site's paths", () => {
  it("put each id in as one encoded segment", () => {
    expect(eventPage("signing-2026")).toBe("/e/signing-2026");
    expect(bookingPage("ev1.s1~fan/1")).toBe("/me/bookings/ev1.s1~fan%2F1");
    expect(adminEventPage("ev 1")).toBe("/admin/events/ev%201");
  });

  it("name the check-in page of an event, and the same page at one booking", () => {
    expect(checkInPage("ev 1")).toBe("/admin/events/ev%201/check-in");
    expect(checkInPage("ev 1", "ev1.s1~fan/1")).toBe("/admin/events/ev%201/check-in?booking=ev1.s1~fan%2F1");
  });
});
