import { createHmac, timingSafeEqual } from "node:crypto";
import type { BookingRecord } from "../bookings/records";

/*
 * "Can't make it? Release my seat": a link that lets whoever holds it cancel one booking, without signing in.
 * Its token names the booking (id and the instant it was made, so a later booking of the same seat is not
 * covered) and expires at the slot's start, signed with HMAC-SHA256 under the stage's release-link key.
 */

export interface ReleaseClaim {
  bookingId: string;
  createdAt: string;
  /** Epoch milliseconds: the slot's start. */
  expiresAt: number;
}

/** Separates these signatures from any other use of an HMAC key. */
const purpose = "slotbook release link v1";

const signature = (payload: string, secret: string) => createHmac("sha256", secret).update(`${purpose}\n${payload}`).digest();

export function signReleaseToken(booking: Pick<BookingRecord, "id" | "createdAt" | "startsAt">, secret: string): string {
  const payload = [booking.id, Date.parse(booking.createdAt), Date.parse(booking.startsAt)].join("|");
  return `${Buffer.from(payload).toString("base64url")}.${signature(payload, secret).toString("base64url")}`;
}

/** The booking a token names: "forged" unless this key signed exactly it, "expired" from the slot's start. */
export function verifyReleaseToken(token: string, secret: string, now: Date): ReleaseClaim | "forged" | "expired" {
  const [encoded, signed, extra] = token.split(".");
  if (!encoded || !signed || extra !== undefined) return "forged";
  const payload = Buffer.from(encoded, "base64url").toString("utf8");
  const expected = signature(payload, secret);
  const given = Buffer.from(signed, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return "forged";
  const [bookingId, createdMs, expiresMs] = payload.split("|");
  const created = Number(createdMs);
  const expiresAt = Number(expiresMs);
  if (!bookingId || !Number.isSafeInteger(created) || !Number.isSafeInteger(expiresAt)) return "forged";
  if (now.getTime() >= expiresAt) return "expired";
  return { bookingId, createdAt: new Date(created).toISOString(), expiresAt };
}
