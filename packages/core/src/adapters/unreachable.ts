/**
 * "The service could not be reached": the connection was refused, reset or timed out, or the host is not
 * there, after the SDK's own retries. Not an answer from the service (those carry `$metadata.httpStatusCode`
 * and an AWS error name), so no operation can have been judged: the API answers 503 UNAVAILABLE with
 * Retry-After, in AWS as in the local cloud.
 */
const networkCodes = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "EHOSTDOWN",
  "ENETUNREACH",
  "ENETDOWN",
  "UND_ERR_SOCKET",
  "UND_ERR_CONNECT_TIMEOUT",
]);

/** Error names the SDK's HTTP handler gives a connection or request timeout. */
const timeoutNames = new Set(["TimeoutError", "RequestTimeout"]);

export function isUnreachable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 4) return false;
  const { name, code, errors, cause } = error as { name?: unknown; code?: unknown; errors?: unknown; cause?: unknown };
  if (typeof code === "string" && networkCodes.has(code)) return true;
  if (typeof name === "string" && timeoutNames.has(name)) return true;
  // Node's happy-eyeballs connect (several addresses) fails with an AggregateError of the attempts.
  if (Array.isArray(errors) && errors.length > 0 && errors.every((inner) => isUnreachable(inner, depth + 1))) return true;
  return isUnreachable(cause, depth + 1);
}

/** Seconds a client is asked to wait when a dependency cannot be reached. */
export const unreachableRetryAfterSeconds = 5;
