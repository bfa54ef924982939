import type { EventRecord, SlotCounter, SlotDefinition } from "./records";

/**
 * The public page of a published event: what anyone may see, kept beside its slug. Its on-sale settings,
 * location and questions are the event's own fields (missing on pages stored before them: the defaults).
 */
export interface PublicEventRecord
  extends Pick<
    EventRecord,
    "title" | "description" | "date" | "timezone" | "slots" | "bookingOpensAt" | "bookingClosesAt" | "maxBookingsPerFan" | "maxPartySize" | "waitlist" | "location" | "questions"
  > {
  slug: string;
  eventId: string;
  startsAt: string;
  endsAt: string;
}

export interface Page<T> {
  items: T[];
  cursor?: string;
}

/** What an update does to one slot's counter, so no change can strand a booking. */
export type SlotChange =
  | { kind: "remove"; slot: SlotDefinition }
  | { kind: "reschedule"; slot: SlotDefinition }
  | { kind: "resize"; slot: SlotDefinition };

export type UpdateOutcome = { ok: true } | { ok: false; reason: "stale" } | { ok: false; reason: "has-bookings"; slotId: string };

/** The port to where events live (one DynamoDB table in AWS and locally). */
export interface EventStore {
  create(event: EventRecord): Promise<void>;
  /** Strongly consistent. */
  get(eventId: string): Promise<EventRecord | undefined>;
  /** Live counters by key (100 per read): no index partition shared by the whole event. */
  countersOfSlots(slotIds: string[]): Promise<Map<string, SlotCounter>>;
  /**
   * Copies what booking needs (SlotBookingContext) onto each slot's counter and opens it for booking while
   * the event is published: one conditional write per slot, skipped where a later version already wrote.
   */
  openSlots(event: EventRecord): Promise<void>;
  /** Pages hold at most 100 slots in all, unless a page is one bigger event. */
  listByAdmin(adminId: string, limit: number, cursor?: string): Promise<Page<EventRecord>>;
  /**
   * Conditional on `previousVersion`; also rewrites the public page when the event is published. `revised`:
   * the change raised the event's revision, so the notifier (woken by the table's stream) tells booked fans.
   */
  update(event: EventRecord, previousVersion: number, changes: SlotChange[], publicPage?: PublicEventRecord, options?: { revised?: boolean }): Promise<UpdateOutcome>;
  /** Claims the slug (it must be free) and marks the event published, in one transaction. */
  publish(event: EventRecord, previousVersion: number, publicPage: PublicEventRecord): Promise<"published" | "slug-taken" | "stale">;
  getPublic(slug: string): Promise<PublicEventRecord | undefined>;
  /** Pages hold at most 100 slots in all, unless a page is one bigger event. */
  listPublished(startingFrom: string, limit: number, cursor?: string): Promise<Page<PublicEventRecord>>;
  /** Hides the event and its public page at once; nobody can book it from then on. */
  markDeleting(event: EventRecord): Promise<void>;
  /** Removes the event's slots and bookings (bookings one by one, so each cancellation is seen), then the event. */
  purge(event: EventRecord): Promise<{ bookingsCancelled: number }>;
}
