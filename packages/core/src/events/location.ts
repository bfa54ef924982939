import type { EventLocation } from "./schemas";

/*
 * How a location reads wherever it is shown (emails, invites, the share page). Pure: no Node or AWS module,
 * so the share page's renderer can use it too.
 */

/** Where an address is on a map: an OpenStreetMap search (no key, no tracking script; the app links the same). */
export const mapUrl = (address: string) => `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}`;

/** The venue in one line, "Blue Room, Main St 1, Berlin" ("" when the location has no venue). */
export const placeText = (location: EventLocation | null | undefined) => [location?.name, location?.address].filter((part) => part?.trim()).join(", ");
