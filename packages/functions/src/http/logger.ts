import { Logger } from "@aws-lambda-powertools/logger";

/** Keys whose values never reach a log line, wherever they appear in a logged object. */
const secretKeys = new Set([
  "password",
  "currentpassword",
  "newpassword",
  "accesstoken",
  "idtoken",
  "refreshtoken",
  "token",
  "authorization",
  "cookie",
  "confirmationcode",
  "secret",
]);

export const redactSecrets = (key: string, value: unknown): unknown =>
  secretKeys.has(key.toLowerCase()) && value !== undefined ? "[redacted]" : value;

/**
 * Structured JSON logs (Powertools Logger). Handlers log metadata only (route, status, timing, ids),
 * never bodies or headers; the replacer is the second line of defence for secrets.
 * Level from POWERTOOLS_LOG_LEVEL (e.g. SILENT in tests).
 */
export const logger = new Logger({ serviceName: "slotbook-api", jsonReplacerFn: redactSecrets });
