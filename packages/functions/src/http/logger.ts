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

/** An error as a line shows it (JSON has no Error): its name, where it was thrown, message, stack and cause. */
function errorFields(error: Error): Record<string, unknown> {
  const location = /\((.+:\d+:\d+)\)|at (\S+:\d+:\d+)/.exec(error.stack?.split("\n")[1] ?? "");
  return { ...error, name: error.name, location: location?.[1] ?? location?.[2] ?? "", message: error.message, stack: error.stack, cause: error.cause };
}

const replacer = (key: string, value: unknown) => redactSecrets(key, value instanceof Error ? errorFields(value) : value);

const levels = { DEBUG: 8, INFO: 12, WARN: 16, ERROR: 20, SILENT: 28 } as const;
type Level = "INFO" | "WARN" | "ERROR";

/** The least level written, read per line so a test or the local cloud may change it: POWERTOOLS_LOG_LEVEL (the name the logs had), else INFO. */
const threshold = () => levels[(process.env.POWERTOOLS_LOG_LEVEL?.toUpperCase() ?? "INFO") as keyof typeof levels] ?? levels.INFO;

function write(level: Level, message: string, attributes: object = {}): void {
  if (levels[level] < threshold()) return;
  const trace = /Root=([^;]+)/.exec(process.env._X_AMZN_TRACE_ID ?? "")?.[1];
  const line = { level, message, timestamp: new Date().toISOString(), service: "slotbook-api", ...(trace ? { xray_trace_id: trace } : {}), ...attributes };
  // Straight to the streams, so Lambda's console wrapper adds no prefix and each line stays one JSON object.
  (level === "INFO" ? process.stdout : process.stderr).write(`${JSON.stringify(line, replacer)}\n`);
}

/**
 * Structured JSON logs, one object a line (the shape Powertools Logger wrote: level, message, timestamp,
 * service, then the attributes). Handlers log metadata only (route, status, timing, ids), never bodies or
 * headers; the replacer is the second line of defence for secrets (and masks phone numbers). Our own, not
 * Powertools: every function imports this, and Powertools cost each cold start ~2 ms for what these lines need.
 */
export const logger = {
  info: (message: string, attributes?: object) => write("INFO", message, attributes),
  warn: (message: string, attributes?: object) => write("WARN", message, attributes),
  error: (message: string, attributes?: object) => write("ERROR", message, attributes),
};
