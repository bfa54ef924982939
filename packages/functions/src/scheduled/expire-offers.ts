import { dynamoWaitlistStore } from "@slotbook/core/adapters/dynamo/dynamo-waitlist-store";
import { createWaitlistOffers, type WaitlistOffers } from "@slotbook/core/waitlist/offers";
import type { ScheduledEvent } from "aws-lambda";
import { logger } from "../http/logger";

let waitlist: WaitlistOffers | undefined;

/**
 * Every minute: waitlist offers past their time give their held seats back, which the stream then offers to
 * the next fans. The time is the schedule's (`event.time`), so a test can run it at any moment it likes.
 */
export async function handler(event: Pick<ScheduledEvent, "time">): Promise<{ expired: number }> {
  waitlist ??= createWaitlistOffers(dynamoWaitlistStore());
  const at = event.time ? new Date(event.time) : new Date();
  const expired = await waitlist.expireDueOffers(at);
  if (expired > 0) logger.info("offers expired", { expired, at: at.toISOString() });
  return { expired };
}
