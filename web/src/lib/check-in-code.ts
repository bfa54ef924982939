import { idPattern } from "@slotbook/contract/patterns";
import { checkInPage } from "@slotbook/contract/site-paths";

/**
 * What a booking's QR code says: the organiser's check-in page at that booking, so a phone's own camera app
 * opens it too. The check-in page reads the booking back from it (or from a bare booking id).
 */
export const checkInUrl = (origin: string, eventId: string, bookingId: string) => `${origin}${checkInPage(eventId, bookingId)}`;

/** The booking id a scanned code names: a check-in URL's `booking`, or the text itself when it is a bare id. */
export function bookingIdFromCode(text: string): string | undefined {
  const trimmed = text.trim();
  try {
    const url = new URL(trimmed);
    return url.searchParams.get("booking") ?? undefined;
  } catch {
    return idPattern.test(trimmed) ? trimmed : undefined;
  }
}
