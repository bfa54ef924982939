import type { PublicEventView as PublicEvent } from "@slotbook/contract";

/**
 * An event as a share page embeds it: the public view without live availability (and, on a page rendered
 * before events had them, without `location` and `questions`).
 */
export type EmbeddedEvent = Omit<PublicEvent, "slots" | "location" | "questions"> &
  Partial<Pick<PublicEvent, "location" | "questions">> & { slots: Array<Omit<PublicEvent["slots"][number], "available"> & { available?: number }> };

/** The id the core's renderer gives the JSON (packages/core/src/pages/share-page.ts `embeddedEventId`). */
const dataId = "event-data";
let taken = false;

/**
 * The event a pre-rendered share page carries, for the first render of that page only: the app shows it at
 * once instead of asking the API, and then fetches only live availability. Later visits (in-app
 * navigation) load events from the API as before.
 */
export function takeEmbeddedEvent(slug: string): EmbeddedEvent | undefined {
  if (taken) return undefined;
  taken = true;
  const text = document.getElementById(dataId)?.textContent;
  if (!text) return undefined;
  try {
    const event = JSON.parse(text) as EmbeddedEvent;
    return event.slug === slug && Array.isArray(event.slots) ? event : undefined;
  } catch {
    return undefined;
  }
}
