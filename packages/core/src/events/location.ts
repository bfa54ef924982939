import type { EventLocation } from "@slotbook/contract";

/* How a location reads in emails and invites (the share page and the app's event page write the same). */

/** Where an address is on a map (defined with the share page, which must stay free of imports). */
export { mapUrl } from "../pages/share-page";

/** The venue in one line, "Blue Room, Main St 1, Berlin" ("" when the location has no venue). */
export const placeText = (location: EventLocation | null | undefined) => [location?.name, location?.address].filter((part) => part?.trim()).join(", ");
