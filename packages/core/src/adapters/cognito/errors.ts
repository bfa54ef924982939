import { DomainError } from "../../errors";
import { isUnreachable, unreachableRetryAfterSeconds } from "../unreachable";

type Override = () => DomainError;

/** Seconds to wait after Cognito's per-user limit on wrong codes or passwords (its lockout starts short and grows). */
export const attemptLimitRetryAfterSeconds = 30;

const throttled = () =>
  new DomainError("RATE_LIMITED", "Too many attempts. Wait a moment and try again.", { retryAfterSeconds: attemptLimitRetryAfterSeconds });
const unavailable = (cause: unknown, retryAfterSeconds = unreachableRetryAfterSeconds) =>
  new DomainError("UNAVAILABLE", "The sign-in service is busy or down. Please try again shortly.", { retryAfterSeconds, cause });

/**
 * Cognito's per-user limits: too many wrong codes (`LimitExceededException: Attempt limit exceeded`,
 * `TooManyFailedAttemptsException`) or failed sign-ins (`NotAuthorizedException: Password attempts
 * exceeded`). The last shares its name with a wrong password, so it is told apart by its message, and is
 * checked before any operation's own meaning of NotAuthorizedException.
 */
const attemptLimitNames = new Set(["LimitExceededException", "TooManyFailedAttemptsException"]);
export const isAttemptLimit = (name: string, message: string) =>
  attemptLimitNames.has(name) || (name === "NotAuthorizedException" && /attempts exceeded/i.test(message));

/**
 * Cognito's exceptions → DomainErrors. Each operation names what its expected failures mean (the same
 * exception means different things in sign-in and in sign-up); attempt limits, throttling and outages are
 * common to all. Anything else is a bug and surfaces as a 500.
 */
export function mapCognitoError(error: unknown, overrides: Record<string, Override> = {}): never {
  const name = (error as { name?: string })?.name ?? "";
  const message = (error as { message?: string })?.message ?? "";
  if (isAttemptLimit(name, message)) throw throttled();
  const override = overrides[name];
  if (override) throw override();
  // Cognito's own request-rate quota: a dependency throttling, 503 by the contract.
  if (name === "TooManyRequestsException") throw unavailable(error, 1);
  const status = (error as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode;
  if (isUnreachable(error) || name === "InternalErrorException" || (status !== undefined && status >= 500)) throw unavailable(error);
  throw error;
}

export const invalidField = (path: string, message: string) =>
  new DomainError("VALIDATION_FAILED", message, { details: [{ path, message }] });
