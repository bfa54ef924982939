import type { BookingStore } from "../bookings/booking-store";
import { DomainError } from "../errors";
import { parseBookingId } from "../ids";
import { verifyReleaseToken } from "./release-token";
import type { ReleaseView } from "@slotbook/contract";

const notValid = () => new DomainError("UNAUTHORIZED", "This link is not valid. Use the link in your reminder email, or sign in to manage your bookings.");
const gone = () => new DomainError("NOT_FOUND", "This booking no longer exists: it was already released, cancelled or moved.");

/**
 * Releasing a seat through a reminder's link, without signing in: the link's token (signed, naming one booking,
 * valid until its slot starts) is the only credential. Releasing is the fan's cancel: the seat is free at once
 * and goes to the waitlist; the fan and the organiser are told by email.
 */
export function createReleases(store: Pick<BookingStore, "get" | "cancel">, options: { secret: () => string; now?: () => Date }) {
  const now = options.now ?? (() => new Date());

  function claimOf(token: string) {
    const claim = verifyReleaseToken(token, options.secret(), now());
    if (claim === "forged") throw notValid();
    if (claim === "expired") throw new DomainError("SLOT_IN_PAST", "This slot has started, so its seat can no longer be released.");
    const ids = parseBookingId(claim.bookingId);
    if (!ids) throw notValid();
    return { ...claim, ...ids };
  }

  return {
    /** The booking the link would release, for the page that asks to confirm. */
    async view(token: string): Promise<ReleaseView> {
      const claim = claimOf(token);
      const booking = await store.get(claim.slotId, claim.fanId);
      if (!booking || booking.createdAt !== claim.createdAt) throw gone();
      const { title, slug, date, timezone } = booking.event;
      return { event: { title, slug, date, timezone }, startsAt: booking.startsAt, endsAt: booking.endsAt, seats: booking.seats ?? 1, fanName: booking.fanName };
    },

    async release(token: string): Promise<void> {
      const claim = claimOf(token);
      if (!(await store.cancel(claim.slotId, claim.fanId, undefined, claim.createdAt))) throw gone();
    },
  };
}

export type Releases = ReturnType<typeof createReleases>;
