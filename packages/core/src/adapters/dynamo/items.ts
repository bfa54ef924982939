import type { BookingRecord, IdempotencyRecord } from "../../bookings/records";
import type { ProfileRecord } from "../../users/profile-store";
import type { WaitlistEntryRecord } from "../../waitlist/records";
import type { PublicEventRecord } from "../../events/event-store";
import type { EventRecord, SlotBookingContext, SlotCounter } from "../../events/records";
import { localeOf } from "../../users/locale";

/**
 * Item layouts in the single table (see data/table.ts for the access patterns they serve).
 * Key attributes are added here and stripped again when reading, so records never see them.
 */
export const keys = {
  event: (eventId: string) => ({ pk: `EVENT#${eventId}`, sk: "EVENT" }),
  publicPage: (slug: string) => ({ pk: `SLUG#${slug}`, sk: "PAGE" }),
  counter: (slotId: string) => ({ pk: `SLOT#${slotId}`, sk: "COUNTER" }),
  booking: (slotId: string, fanId: string) => ({ pk: `SLOT#${slotId}`, sk: `BOOKING#${fanId}` }),
  idempotency: (fanId: string, key: string) => ({ pk: `IDEMPOTENCY#${fanId}#${key}`, sk: "IDEMPOTENCY" }),
  profile: (userId: string) => ({ pk: `USER#${userId}`, sk: "PROFILE" }),
  /** How many slots of an event a fan holds, for its per-fan limit: an item of the fan's own. */
  fanEventLimit: (fanId: string, eventId: string) => ({ pk: `USER#${fanId}`, sk: `LIMIT#${eventId}` }),
  /** A fan's place in a slot's waitlist, next to the slot's counter. */
  waitlistEntry: (slotId: string, fanId: string) => ({ pk: `SLOT#${slotId}`, sk: `WAIT#${fanId}` }),
  /** How many slots a fan waits for at once: an item of the fan's own. */
  fanWaits: (fanId: string) => ({ pk: `USER#${fanId}`, sk: "WAITING" }),
  /** The byOwner partition of a fan's waitlist entries (their own, apart from their bookings). */
  fanWaitlistOwner: (fanId: string) => `WAITLIST#${fanId}`,
  /** Beside a booking's slot, that its removal was a move (the booking of that fan made at `createdAt`). */
  movedAway: (slotId: string, fanId: string, createdAt: string) => ({ pk: `SLOT#${slotId}`, sk: `MOVED#${fanId}#${createdAt}` }),
  /** One of a slot's reminders, scheduled (in the byDue index until sent). */
  reminder: (slotId: string, dueAt: string, minutesBefore: number) => ({ pk: `SLOT#${slotId}`, sk: `REMIND#${dueAt}#${minutesBefore}` }),
};

export const indexKeys = {
  adminEvents: (adminId: string) => `ADMIN#${adminId}`,
  fanBookings: (fanId: string) => `FAN#${fanId}`,
  published: "PUBLISHED",
};

/** The item type, kept on every item: the notifier's stream filter wakes only for bookings. */
export const itemType = {
  event: "EVENT",
  publicPage: "PUBLIC_PAGE",
  counter: "SLOT_COUNTER",
  booking: "BOOKING",
  idempotency: "IDEMPOTENCY",
  sentMail: "SENT_MAIL",
  profile: "PROFILE",
  fanLimit: "FAN_LIMIT",
  waitlistEntry: "WAITLIST_ENTRY",
  movedAway: "MOVED_AWAY",
  reminder: "REMINDER",
} as const;

const keyAttributes = ["pk", "sk", "ownerKey", "ownerSort", "publishedKey", "publishedSort", "itemType", "expiresAt", "deleted", "removed", "definition", "revised", "dueKey", "dueSort"];
const strip = <T>(item: Record<string, unknown>): T => {
  const copy = { ...item };
  for (const name of keyAttributes) delete copy[name];
  return copy as T;
};

export const eventItem = (event: EventRecord) => ({
  ...keys.event(event.id),
  itemType: itemType.event,
  ownerKey: indexKeys.adminEvents(event.adminId),
  ownerSort: `${event.createdAt}#${event.id}`,
  ...event,
});
export const eventFromItem = (item: Record<string, unknown>) => strip<EventRecord>(item);

export const publicPageItem = (page: PublicEventRecord) => ({
  ...keys.publicPage(page.slug),
  itemType: itemType.publicPage,
  publishedKey: indexKeys.published,
  publishedSort: `${page.startsAt}#${page.eventId}`,
  ...page,
});
export const publicPageFromItem = (item: Record<string, unknown>) => (item.deleted ? undefined : strip<PublicEventRecord>(item));

export const counterFromItem = (item: Record<string, unknown>): SlotCounter => ({
  slotId: String(item.slotId),
  bookedCount: Number(item.bookedCount ?? 0),
  heldCount: Number(item.heldCount ?? 0),
  waitingCount: Number(item.waitingCount ?? 0),
  capacity: Number(item.capacity),
  bookable: item.bookable === true && !item.removed,
  ...(item.context ? { context: item.context as SlotBookingContext } : {}),
  ...(typeof item.definition === "string" ? { definition: item.definition } : {}),
});

export const bookingItem = (booking: BookingRecord) => ({
  ...keys.booking(booking.slotId, booking.fanId),
  itemType: itemType.booking,
  ownerKey: indexKeys.fanBookings(booking.fanId),
  ownerSort: `${booking.startsAt}#${booking.id}`,
  ...booking,
});
export const bookingFromItem = (item: Record<string, unknown>) => strip<BookingRecord>(item);

/** Idempotency records live a day: long enough for any client's retries. */
const idempotencyLifetimeSeconds = 24 * 3600;
export const idempotencyItem = (record: IdempotencyRecord, now: Date) => ({
  ...keys.idempotency(record.fanId, record.key),
  itemType: itemType.idempotency,
  expiresAt: Math.floor(now.getTime() / 1000) + idempotencyLifetimeSeconds,
  ...record,
});
export const idempotencyFromItem = (item: Record<string, unknown>) => strip<IdempotencyRecord>(item);

export const profileFromItem = (item: Record<string, unknown>): ProfileRecord => {
  const profile = strip<ProfileRecord>(item);
  // Profiles stored before locales were: English.
  return { ...profile, phone: profile.phone ?? null, locale: localeOf(profile.locale) };
};

/** The byDue bucket of an instant: its hour (a sweep reads the few buckets up to now). */
export const dueBucket = (at: string) => `DUE#${at.slice(0, 13)}`;

export const entryItem = (entry: WaitlistEntryRecord) => ({
  ...keys.waitlistEntry(entry.slotId, entry.fanId),
  itemType: itemType.waitlistEntry,
  ownerKey: keys.fanWaitlistOwner(entry.fanId),
  ownerSort: `WAIT#${entry.joinedAt}#${entry.id}`,
  ...entry,
});
export const entryFromItem = (item: Record<string, unknown>) => strip<WaitlistEntryRecord>(item);
