import { describe, expect, it } from "vitest";
import { maskPhone } from "./sms";

describe("phone numbers in logs", () => {
  it("keep the first two digits and the last two, whatever the length", () => {
    expect(maskPhone("+4915112345678")).toBe("+49*********78");
    expect(maskPhone("+14155550123")).toBe("+14*******23");
    expect(maskPhone("+1234")).toBe("+****");
    for (const number of ["+4915112345678", "+14155550123", "+447911123456"]) expect(maskPhone(number).replace(/\*/g, "").length).toBeLessThanOrEqual(5);
  });
});
