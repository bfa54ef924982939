import type { ErrorCode, ErrorDetail } from "@slotbook/contract";

/**
 * Domain errors: the core throws these with one of the contract's codes; the HTTP layer gives each code its
 * status (packages/functions/src/http/errors.ts).
 */
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
}

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;
