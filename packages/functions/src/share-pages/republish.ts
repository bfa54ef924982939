import { listPublishedPages } from "@slotbook/core/adapters/site/published-pages";
import { republishAll } from "@slotbook/core/pages/share-page-publisher";
import { logger } from "../http/logger";
import { sharePageAdapters } from "./publisher";

/**
 * After each deploy (the Web stack's Script runs it once the site is uploaded): every published event's page
 * rendered again into the new shell, so no page keeps loading the previous build's scripts. Never throws: a
 * failed re-render must not fail (and roll back) a deploy; the pages that failed are logged.
 */
export async function handler(): Promise<{ republished: number; failed: number }> {
  try {
    const { republished, failed } = await republishAll({ ...sharePageAdapters(), published: listPublishedPages });
    if (failed.length > 0) logger.warn("some share pages could not be rendered again", { failed: failed.join(", ") });
    logger.info("share pages rendered again", { republished });
    return { republished, failed: failed.length };
  } catch (error) {
    logger.error("share pages could not be rendered again", { error: error as Error });
    return { republished: 0, failed: -1 };
  }
}
