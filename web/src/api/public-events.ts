import { request } from "./http";
import type { Page, PublicEvent, PublicEventSummary, PublicSlot } from "./types";

const path = (slug: string) => `/api/events/public/${encodeURIComponent(slug)}`;

export const listPublicEvents = (cursor?: string) =>
  request<Page<PublicEventSummary>>(`/api/events/public${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ""}`);
export const getPublicEvent = (slug: string) => request<PublicEvent>(path(slug));
/**
 * Live availability: always asked of the server (the edge may answer with a copy a few seconds old), never
 * the browser's own stale copy, which the API's `stale-while-revalidate` would otherwise allow for half a minute.
 */
export const getPublicSlots = (slug: string) => request<{ items: PublicSlot[] }>(`${path(slug)}/slots`, { cache: "no-cache" });
