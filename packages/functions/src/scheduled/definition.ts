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
