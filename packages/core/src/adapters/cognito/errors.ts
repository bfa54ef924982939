import { DomainError } from "../../errors";

type Override = () => DomainError;

const throttled = () => new DomainError("RATE_LIMITED", "Too many attempts. Wait a moment and try again.", { retryAfterSeconds: 30 });
const unavailable = (cause: unknown) =>
  new DomainError("UNAVAILABLE", "The sign-in service is busy or down. Please try again shortly.", { retryAfterSeconds: 5, cause });

/**
 * Cognito's exceptions → DomainErrors. Each operation names what its expected failures mean (the same
 * exception means different things in sign-in and in sign-up); throttling and outages are common to all.
 * Anything else is a bug and surfaces as a 500.
 */
export function mapCognitoError(error: unknown, overrides: Record<string, Override> = {}): never {
  const name = (error as { name?: string })?.name ?? "";
  const override = overrides[name];
  if (override) throw override();
  if (["TooManyRequestsException", "LimitExceededException", "TooManyFailedAttemptsException"].includes(name)) throw throttled();
  const status = (error as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode;
  const network = ["TimeoutError", "ECONNREFUSED", "ECONNRESET", "RequestTimeout"].includes(name) || (error as { code?: string })?.code === "ECONNREFUSED";
  if (network || name === "InternalErrorException" || (status !== undefined && status >= 500)) throw unavailable(error);
  throw error;
}

export const invalidField = (path: string, message: string) =>
  new DomainError("VALIDATION_FAILED", message, { details: [{ path, message }] });
