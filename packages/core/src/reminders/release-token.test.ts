import { describe, expect, it } from "vitest";
import { testBooking } from "../bookings/test-booking";
import { signReleaseToken, verifyReleaseToken } from "./release-token";

const secret = "a".repeat(43);
const booking = testBooking({ id: "ev1.slotA~fan-1", createdAt: "2026-11-01T10:00:00.000Z", startsAt: "2026-12-05T14:00:00.000Z" });
const before = new Date("2026-12-05T13:59:59.000Z");

describe("release tokens", () => {
  it("name the booking (id and when it was made) until the slot starts", () => {
    const token = signReleaseToken(booking, secret);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(verifyReleaseToken(token, secret, before)).toEqual({ bookingId: booking.id, createdAt: booking.createdAt, expiresAt: Date.parse(booking.startsAt) });
    expect(verifyReleaseToken(token, secret, new Date(booking.startsAt))).toBe("expired");
  });

  it("refuse anything this key did not sign: an edited payload or signature, another key, garbage", () => {
    const token = signReleaseToken(booking, secret);
    const [payload, signature] = token.split(".") as [string, string];
    const otherBooking = Buffer.from(`ev1.slotB~fan-1|${Date.parse(booking.createdAt)}|${Date.parse(booking.startsAt)}`).toString("base64url");
    const later = Buffer.from(`${booking.id}|${Date.parse(booking.createdAt)}|${Date.parse(booking.startsAt) + 86_400_000}`).toString("base64url");
    for (const forged of [
      `${otherBooking}.${signature}`,
      `${later}.${signature}`,
      `${payload}.${signature.slice(0, -2)}${signature.endsWith("AA") ? "BB" : "AA"}`,
      `${payload}.`,
      `${payload}.${signature}.x`,
      "not-a-token",
      "",
      signReleaseToken(booking, "b".repeat(43)),
    ]) {
      expect(verifyReleaseToken(forged, secret, before), forged).toBe("forged");
    }
  });
});
