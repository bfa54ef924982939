import type { Page, PublicEventSummary, PublicEventView, PublicSlotView } from "@slotbook/contract";
import * as apiPaths from "@slotbook/contract/api-paths";
import { apiPath } from "@slotbook/contract/api-path";
import { request } from "./http";

export const listPublicEvents = (cursor?: string) => request<Page<PublicEventSummary>>(apiPath(apiPaths.publicEvents, { cursor }));
export const getPublicEvent = (slug: string) => request<PublicEventView>(apiPath(apiPaths.publicEvent, slug));
/**
 * Live availability: always asked of the server (the edge may answer with a copy a few seconds old), never
 * the browser's own stale copy, which the API's `stale-while-revalidate` would otherwise allow for half a minute.
 */
export const getPublicSlots = (slug: string) => request<{ items: PublicSlotView[] }>(apiPath(apiPaths.publicEventSlots, slug), { cache: "no-cache" });
