/** What the stores keep. Views for the API are derived from these (events/views.ts). */
import type { EventLocation, Question } from "@slotbook/contract";

export interface SlotDefinition {
  id: string;
  startTime: string;
  endTime: string;
  startsAt: string;
  endsAt: string;
  capacity: number;
}

export interface EventRecord {
  id: string;
  adminId: string;
  /** The admin's Cognito username, to look up where their notices go. */
  adminUsername: string;
  title: string;
  description: string;
  date: string;
  timezone: string;
  slots: SlotDefinition[];
  slug: string | null;
  isPublished: boolean;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** Bumped by every change: updates are conditional on the version they read. */
  version: number;
  /**
   * Bumped when what a booking copies and its invite shows changes (title, date, time zone, location, a
   * slot's times): booked fans are then sent an updated invite whose SEQUENCE is this number. Missing means 0.
   */
  revision?: number;
  /** Set while the event is being deleted: it is gone for everyone, and nobody can book it. */
  deletedAt?: string;
  /** How it goes on sale (see OnSale in schemas.ts); missing on events stored before: the defaults. */
  bookingOpensAt?: string | null;
  bookingClosesAt?: string | null;
  maxBookingsPerFan?: number | null;
  maxPartySize?: number;
  waitlist?: boolean;
  /** Where it happens and what fans are asked when booking (missing on events stored before: none). */
  location?: EventLocation | null;
  questions?: Question[];
  /** Minutes before each slot's start at which fans are reminded (missing on events stored before: the default). */
  reminders?: number[];
}

/** An event's reminders, the default filled in. */
export const remindersOf = (event: Pick<EventRecord, "reminders">): number[] => event.reminders ?? [1440];

/** An event's location and questions, defaults filled in. */
export const detailsOf = (event: Pick<EventRecord, "location" | "questions">) => ({ location: event.location ?? null, questions: event.questions ?? [] });

/** An event's on-sale settings, defaults filled in. */
export const onSaleOf = (event: Pick<EventRecord, "bookingOpensAt" | "bookingClosesAt" | "maxBookingsPerFan" | "maxPartySize" | "waitlist">) => ({
  bookingOpensAt: event.bookingOpensAt ?? null,
  bookingClosesAt: event.bookingClosesAt ?? null,
  maxBookingsPerFan: event.maxBookingsPerFan ?? null,
  maxPartySize: event.maxPartySize ?? 1,
  waitlist: event.waitlist ?? true,
});

/**
 * What a booking needs to know of its slot's event, copied onto the slot's counter when the event is
 * published or changed, so a booking reads and writes only its slot's own items (never the event's: in a
 * rush, thousands of fans would read that one item).
 */
export interface SlotBookingContext {
  eventId: string;
  adminId: string;
  adminUsername: string;
  /** `location` only when the event has one: bookings copy it, for their emails and invites. */
  event: { title: string; slug: string; date: string; timezone: string; location?: EventLocation };
  startsAt: string;
  endsAt: string;
  /** The event's revision the copy was made from (a booking records it: see the notifier's updates). */
  eventRevision: number;
  /** The event's on-sale settings (onSaleOf). */
  bookingOpensAt: string | null;
  bookingClosesAt: string | null;
  maxBookingsPerFan: number | null;
  maxPartySize: number;
  waitlist: boolean;
  /** What a booking must answer (missing on counters written before: none). */
  questions?: Question[];
  /** The event's reminders (remindersOf): the reminder sweep sends only those the slot still has. */
  reminders?: number[];
}

/** What booking needs of the event, as it is copied onto one of its slots' counters. */
export const bookingContextOf = (event: EventRecord, slot: SlotDefinition): SlotBookingContext => ({
  eventId: event.id,
  adminId: event.adminId,
  adminUsername: event.adminUsername,
  // The location for the booking's emails and invite; the questions, so booking checks answers here.
  event: { title: event.title, slug: event.slug ?? "", date: event.date, timezone: event.timezone, ...(event.location ? { location: event.location } : {}) },
  startsAt: slot.startsAt,
  endsAt: slot.endsAt,
  eventRevision: event.revision ?? 0,
  ...onSaleOf(event),
  questions: detailsOf(event).questions,
  // Which reminders the slot still has: a reminder item of times or offsets since changed is skipped.
  reminders: remindersOf(event),
});

/** A slot's live seat count, in its own partition. Missing means the slot was never opened for booking. */
export interface SlotCounter {
  slotId: string;
  /** Seats booked (a party takes several). */
  bookedCount: number;
  /** Seats held for live waitlist offers: taken, for direct bookings, until claimed or expired. */
  heldCount: number;
  /** Fans waiting for this slot. */
  waitingCount: number;
  capacity: number;
  /** Open: the event is published and not being deleted, and the context below is its copy. */
  bookable: boolean;
  context?: SlotBookingContext;
  /** The slot's times as the counter knows them (slotDefinitionKey). */
  definition?: string;
}

/** Seats a slot can still give: neither booked nor held for a waitlist offer. */
export const freeSeats = (counter: Pick<SlotCounter, "capacity" | "bookedCount" | "heldCount">) => counter.capacity - counter.bookedCount - counter.heldCount;

/** The slot's times as a counter remembers them: a booking made against other times is stale. */
export const slotDefinitionKey = (slot: Pick<SlotDefinition, "startsAt" | "endsAt">): string => `${slot.startsAt}|${slot.endsAt}`;
