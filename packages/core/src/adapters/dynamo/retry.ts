import { DomainError } from "../../errors";
import { isUnreachable, unreachableRetryAfterSeconds } from "../unreachable";

const throttlingNames = new Set([
  "ProvisionedThroughputExceededException",
  "ThrottlingException",
  "RequestLimitExceeded",
  "LimitExceededException",
  "InternalServerError",
  "ServiceUnavailable",
]);

const reasonCodes = (error: unknown): string[] =>
  ((error as { CancellationReasons?: Array<{ Code?: string }> }).CancellationReasons ?? []).map((reason) => reason.Code ?? "None");

/** Throttling, an outage, or a transaction that lost a race with another one: worth trying again. */
export function isTransient(error: unknown): boolean {
  const name = (error as { name?: string })?.name ?? "";
  if (throttlingNames.has(name)) return true;
  if (name === "TransactionConflictException") return true;
  if (name === "TransactionCanceledException") {
    const codes = reasonCodes(error);
    // Only if no item failed its own condition: then the whole cancellation was about contention.
    return codes.some((code) => code === "TransactionConflict" || code === "ThrottlingError") && !codes.includes("ConditionalCheckFailed");
  }
  return (error as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode === 503;
}

export interface RetryOptions {
  attempts?: number;
  baseDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Runs a DynamoDB operation, retrying transient failures with exponential backoff and full jitter. When they
 * persist, answers 503 UNAVAILABLE with Retry-After: the operation either happened once or not at all
 * (transactions carry a ClientRequestToken, so a retried commit is not applied twice).
 * DynamoDB out of reach (refused, reset, timed out, after the SDK's own retries) is 503 UNAVAILABLE at once:
 * retrying a dead endpoint here would only keep the caller waiting.
 */
export async function withRetries<T>(operation: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const attempts = options.attempts ?? 5;
  const base = options.baseDelayMs ?? 25;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await operation();
    } catch (error) {
      if (isUnreachable(error)) {
        throw new DomainError("UNAVAILABLE", "The booking service can't be reached right now. Please try again in a moment.", {
          retryAfterSeconds: unreachableRetryAfterSeconds,
          cause: error,
        });
      }
      if (!isTransient(error)) throw error;
      if (attempt >= attempts) {
        throw new DomainError("UNAVAILABLE", "The booking service is very busy right now. Please try again in a moment.", { retryAfterSeconds: 1, cause: error });
      }
      await sleep(Math.random() * base * 2 ** attempt);
    }
  }
}

export { reasonCodes };
