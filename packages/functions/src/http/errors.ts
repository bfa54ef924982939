import type { ErrorCode } from "@slotbook/contract";
import { DomainError } from "@slotbook/core";

/** Codes only the HTTP layer answers with: a request it can't read, refused before any domain code sees it. */
export type RequestErrorCode = "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE";

/** Each code's status, as the contract has it (../shared/API.md): one table, so the mapping is total. */
export const errorStatus: Record<ErrorCode | RequestErrorCode, number> = {
  VALIDATION_FAILED: 400,
  INVALID_JSON: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  SLOT_FULL: 409,
  ALREADY_BOOKED: 409,
  SLOT_IN_PAST: 409,
  EMAIL_TAKEN: 409,
  HAS_BOOKINGS: 409,
  CONFLICT: 409,
  NOT_OPEN_YET: 409,
  BOOKING_CLOSED: 409,
  LIMIT_REACHED: 409,
  OFFER_EXPIRED: 409,
  NOT_ON_WAITLIST: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
};

/** A request refused for its form (too large, not JSON), before it reaches the domain. */
export class RequestError extends Error {
  readonly status: number;

  constructor(
    readonly code: RequestErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "RequestError";
    this.status = errorStatus[code];
  }
}

/** What the API answers with: a domain error, or a request refused for its form. */
export type ApiError = DomainError | RequestError;

export const isApiError = (error: unknown): error is ApiError => error instanceof DomainError || error instanceof RequestError;
