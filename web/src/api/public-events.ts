import { request } from "./http";
import type { Page, PublicEvent, PublicEventSummary, PublicSlot } from "./types";

const path = (slug: string) => `/api/events/public/${encodeURIComponent(slug)}`;

export const listPublicEvents = (cursor?: string) =>
  request<Page<PublicEventSummary>>(`/api/events/public${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ""}`);
export const getPublicEvent = (slug: string) => request<PublicEvent>(path(slug));
export const getPublicSlots = (slug: string) => request<{ items: PublicSlot[] }>(`${path(slug)}/slots`);
