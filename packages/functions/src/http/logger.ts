import { Logger } from "@aws-lambda-powertools/logger";
import { maskPhone } from "@slotbook/core/notifications/sms";

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

/** A phone number in E.164 anywhere in a text (a message, an error): logged masked, never whole. */
const phoneNumbers = /\+[1-9]\d{6,14}(?!\d)/g;

export const redactSecrets = (key: string, value: unknown): unknown => {
  if (secretKeys.has(key.toLowerCase()) && value !== undefined) return "[redacted]";
  return typeof value === "string" ? value.replace(phoneNumbers, maskPhone) : value;
};

/**
 * Structured JSON logs (Powertools Logger). Handlers log metadata only (route, status, timing, ids),
 * never bodies or headers; the replacer is the second line of defence for secrets (and masks phone numbers).
 * Level from POWERTOOLS_LOG_LEVEL (e.g. SILENT in tests).
 */
export const logger = new Logger({ serviceName: "slotbook-api", jsonReplacerFn: redactSecrets });
