/**
 * The codes of the contract's error body that the domain answers with (../shared/API.md). The core throws
 * them; what each means in HTTP (its status) is the HTTP layer's (packages/functions/src/http/errors.ts),
 * which also has the few codes only a request's form can cause (INVALID_JSON and the like).
 */
export const errorCodes = [
  "VALIDATION_FAILED",
  "UNAUTHORIZED",
  "FORBIDDEN",
  "NOT_FOUND",
  "SLOT_FULL",
  "ALREADY_BOOKED",
  "SLOT_IN_PAST",
  "EMAIL_TAKEN",
  "HAS_BOOKINGS",
  "CONFLICT",
  "NOT_OPEN_YET",
  "BOOKING_CLOSED",
  "LIMIT_REACHED",
  "OFFER_EXPIRED",
  "NOT_ON_WAITLIST",
  "RATE_LIMITED",
  "INTERNAL",
  "UNAVAILABLE",
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/** One bad field of a 400 VALIDATION_FAILED: `slots.0.endTime`, and what is wrong with it. */
export interface ErrorDetail {
  path: string;
  message: string;
}
