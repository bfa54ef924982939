/**
 * Domain errors. The core throws these; the HTTP layer maps each code to the contract's status.
 * Codes are the contract's (../shared/API.md); keep the list in one place so the mapping is total.
 */
export const errorStatus = {
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
} as const;

export type ErrorCode = keyof typeof errorStatus;

export interface ErrorDetail {
  path: string;
  message: string;
}

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly details?: ErrorDetail[];
  /** Seconds a client should wait before retrying (429/503). */
  readonly retryAfterSeconds?: number;

  constructor(code: ErrorCode, message: string, options: { details?: ErrorDetail[]; retryAfterSeconds?: number; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = "DomainError";
    this.code = code;
    this.details = options.details;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;
