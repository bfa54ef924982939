import type { FunctionAccess } from "../http/route-spec";

/**
 * Work run on a schedule, one source for the stack (an EventBridge rule) and the local cloud (a timer, and
 * the local Lambda Invoke endpoint, by `functionName`, for tests that bring their own clock as the event's
 * `time`, as EventBridge sends it).
 */
export const expireOffersFunction = {
  handler: "packages/functions/src/scheduled/expire-offers.handler",
  functionName: "slotbook-expire-offers",
  schedule: "rate(1 minute)",
  /** How often the local cloud runs it. */
  localEverySeconds: 15,
  /**
   * Offers due by now (Query byDue), then per offer one transaction: the entry expired, its held seats back
   * on the slot's counter, the fan's count of entries (UpdateItem).
   */
  access: { table: ["UpdateItem"], indexes: ["byDue"] } as FunctionAccess,
} as const;

/**
 * Reminders before booked slots, every minute (the local cloud: a timer, and the Invoke endpoint for tests'
 * own clocks). A run takes up due reminders for at most `budgetSeconds`, well inside its `timeoutSeconds`; the
 * rest waits for the next run.
 */
export const sendRemindersFunction = {
  handler: "packages/functions/src/scheduled/send-reminders.handler",
  functionName: "slotbook-send-reminders",
  schedule: "rate(1 minute)",
  localEverySeconds: 30,
  timeoutSeconds: 60,
  budgetSeconds: 40,
  /**
   * Reminders due by now (Query byDue), each slot's counter and bookings (GetItem, Query), the organiser's
   * profile (GetItem), the sent markers that keep each reminder to once (UpdateItem; DeleteItem to give one
   * back after a failed send), the reminder done (DeleteItem), the email (SES), and a text to fans who opted in
   * (SNS, phone numbers only).
   */
  access: { table: ["GetItem", "Query", "UpdateItem", "DeleteItem"], indexes: ["byDue"], sendMail: true, sendSms: true } as FunctionAccess,
} as const;
