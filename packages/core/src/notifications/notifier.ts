import type { BookingStore } from "../bookings/booking-store";
import type { MovedBookings } from "../bookings/move-store";
import type { BookingRecord } from "../bookings/records";
import type { EventStore } from "../events/event-store";
import type { EventRecord } from "../events/records";
import { changedFor } from "../events/revisions";
import type { ProfileStore } from "../users/profile-store";
import type { WaitlistEntryRecord } from "../waitlist/records";
import { detailsFrom, withEventDetails } from "./booking-details";
import { composeMessage, composeOfferMessage, fanMessages, type MessageContext, type MessageKind, type OutgoingMail } from "./messages";

/** The port to the mail service (SES in AWS, aws-ses-v2-local here). */
export interface MailSender {
  send(mail: OutgoingMail, from: string): Promise<void>;
}

/**
 * Which emails went out, so a retried stream record never sends one twice. `claim` answers "go" (send it
 * now), "done" (already sent) or "busy" (another attempt holds a fresh claim: try later). A claim older
 * than the lease is taken over: an attempt that died mid-send may then repeat one email, but none is lost.
 * `kind` names the message: a MessageKind, and for updates also the revision (`fan-update@2`).
 */
export interface SentMailLog {
  claim(bookingKey: string, kind: string): Promise<"go" | "done" | "busy">;
  markSent(bookingKey: string, kind: string): Promise<void>;
  release(bookingKey: string, kind: string): Promise<void>;
}

/** Where the notifier brings a booking's copy of its event up to date after the organiser changed the event. */
export interface BookingDetailsWriter {
  /**
   * Writes the booking's new details and `eventRevision`: "updated"; or nothing, because the booking is gone
   * or was re-made ("gone"), or already holds a later revision ("newer").
   */
  bringUpToDate(booking: BookingRecord): Promise<"updated" | "gone" | "newer">;
}

export class RetryLater extends Error {}

/** Updates to one event's fans go out a few at a time. */
const concurrentFans = 10;

/**
 * Booking emails, driven by the table's stream: each booking change → a message to the fan and one to the
 * organiser; each change of an event that booked fans would see → an updated invite to each of them.
 */
export function createNotifier(deps: {
  mail: MailSender;
  sentLog: SentMailLog;
  events: Pick<EventStore, "get">;
  bookings: Pick<BookingStore, "listBySlots"> & BookingDetailsWriter;
  /** The organiser's contact, from the profile copied into the table (no Cognito call per email). */
  profiles: Pick<ProfileStore, "get">;
  /** Whether a booking's removal was a move (its new booking's "moved" email says it all). */
  moves: MovedBookings;
  siteUrl: string;
  sender: string;
}) {
  async function deliver(kind: MessageKind, context: MessageContext, logKind: string = kind) {
    // Fans are written to at their account's verified email only; an old record without one gets nothing.
    if (fanMessages.has(kind) && !context.booking.accountEmail) return;
    const bookingKey = `${context.booking.id}#${context.booking.createdAt}`;
    const claim = await deps.sentLog.claim(bookingKey, logKind);
    if (claim === "done") return;
    if (claim === "busy") throw new RetryLater(`${logKind} for ${context.booking.id} is being sent by another attempt`);
    try {
      await deps.mail.send(composeMessage(kind, context), deps.sender);
    } catch (error) {
      await deps.sentLog.release(bookingKey, logKind);
      throw error;
    }
    await deps.sentLog.markSent(bookingKey, logKind);
  }

  /** The organiser, or none when they have no profile (the fan is still told; nobody else is). */
  async function organiserOf(adminId: string) {
    const admin = await deps.profiles.get(adminId);
    return admin ? { name: admin.name, email: admin.email } : undefined;
  }

  function contextFor(booking: BookingRecord, event: EventRecord | undefined, organiser: { name: string; email: string } | undefined): MessageContext {
    return {
      booking,
      description: event?.description ?? "",
      organizer: organiser ? { name: organiser.name || "The organiser", email: organiser.email } : { name: "Slotbook", email: deps.sender },
      ...(organiser?.name ? { organiserName: organiser.name } : {}),
      siteUrl: deps.siteUrl,
      // To label the booking's answers (the event's item is read here anyway, for its description).
      ...(event?.questions?.length ? { questions: event.questions } : {}),
      cancelledBy: !event || event.deletedAt ? "event-deleted" : booking.cancelledBy === "organiser" ? "organiser" : "fan",
    };
  }

  /**
   * The booking as its fan should now see it: if the event changed since the booking copied its details (a
   * change racing the booking, or a cancellation before the notifier brought the copy up to date), the
   * event's details and revision, so this message's invite supersedes every earlier one.
   */
  async function contextOf(booking: BookingRecord) {
    const [event, organiser] = await Promise.all([deps.events.get(booking.eventId), organiserOf(booking.adminId)]);
    const current = withEventDetails(booking, event);
    return { context: contextFor(current, event, organiser), hasOrganiser: organiser !== undefined, refreshed: current !== booking };
  }

  /** Both messages are attempted; if either fails the whole change is retried (the sent one is then skipped). */
  async function deliverAll(kinds: MessageKind[], context: MessageContext) {
    const results = await Promise.allSettled(kinds.map((kind) => deliver(kind, context)));
    const failed = results.find((result): result is PromiseRejectedResult => result.status === "rejected");
    if (failed) throw failed.reason;
  }

  async function bookingChanged([toFan, toOrganiser]: [MessageKind, MessageKind], booking: BookingRecord, keepCopy: boolean, extra: Partial<MessageContext> = {}) {
    const { context, hasOrganiser, refreshed } = await contextOf(booking);
    // A booking that copied an event just before it changed: its copy catches up too.
    if (keepCopy && refreshed) await deps.bookings.bringUpToDate(context.booking);
    await deliverAll(hasOrganiser ? [toFan, toOrganiser] : [toFan], { ...context, ...extra });
  }

  /**
   * A booking put by a move (it says where it came from): one "moved" email to the fan, whose invite updates the
   * calendar entry of the booking it replaced, and a notice to the organiser; never a confirmation.
   */
  const bookingMoved = (booking: BookingRecord & { movedFrom: NonNullable<BookingRecord["movedFrom"]> }) =>
    bookingChanged(["fan-moved", "admin-moved"], booking, true, { previous: { event: booking.event, startsAt: booking.movedFrom.startsAt, endsAt: booking.movedFrom.endsAt } });

  /** A booking removed: cancellation notices, unless a move removed it (the moved booking's emails tell both). */
  async function bookingRemoved(booking: BookingRecord) {
    if (await deps.moves.movedAway(booking)) return;
    await bookingChanged(["fan-cancellation", "admin-cancellation"], booking, false);
  }

  /**
   * The event changed in a way its fans see: each booking of a changed slot gets its copy brought up to
   * date, and its fan an updated invite (same UID, SEQUENCE = the new revision), once per revision.
   */
  async function eventRevised(before: EventRecord, after: EventRecord) {
    const revision = after.revision ?? 0;
    if (revision <= (before.revision ?? 0) || after.deletedAt) return;
    const [bookings, organiser] = await Promise.all([deps.bookings.listBySlots(after.slots.map((slot) => slot.id)), organiserOf(after.adminId)]);
    const affected = bookings.filter((booking) => changedFor(booking.slotId, before, after));
    const failures: unknown[] = [];
    for (let start = 0; start < affected.length; start += concurrentFans) {
      const results = await Promise.allSettled(affected.slice(start, start + concurrentFans).map((booking) => updateFan(booking, before, after, revision, organiser)));
      for (const result of results) if (result.status === "rejected") failures.push(result.reason);
    }
    // The record is retried: fans already told are skipped by the sent-mail log.
    if (failures.length > 0) throw failures[0];
  }

  async function updateFan(booking: BookingRecord, before: EventRecord, after: EventRecord, revision: number, organiser: { name: string; email: string } | undefined) {
    const held = booking.eventRevision ?? 0;
    // A later change already reached this booking: that change's own record tells the fan.
    if (held > revision) return;
    // Booked after this change, from the new details: the confirmation said it all.
    if (held === revision && booking.createdAt >= after.updatedAt) return;
    const details = detailsFrom(after, booking);
    const previous = detailsFrom(before, booking);
    if (!details || !previous) return;
    const updated: BookingRecord = { ...booking, ...details, eventRevision: revision };
    if (held < revision && (await deps.bookings.bringUpToDate(updated)) !== "updated") return;
    await deliver("fan-update", { ...contextFor(updated, after, organiser), previous }, `fan-update@${revision}`);
  }

  /** A waitlist offer: its fan is told once (the sent-mail log, keyed by the offer), with a one-tap claim link. */
  async function offerMade(entry: WaitlistEntryRecord) {
    const key = `${entry.id}#${entry.offeredAt}`;
    const claim = await deps.sentLog.claim(key, "waitlist-offer");
    if (claim === "done") return;
    if (claim === "busy") throw new RetryLater(`the offer for ${entry.id} is being sent by another attempt`);
    try {
      const organiser = await organiserOf(entry.context.adminId);
      await deps.mail.send(composeOfferMessage(entry, { siteUrl: deps.siteUrl, ...(organiser?.name ? { organiserName: organiser.name } : {}) }), deps.sender);
    } catch (error) {
      await deps.sentLog.release(key, "waitlist-offer");
      throw error;
    }
    await deps.sentLog.markSent(key, "waitlist-offer");
  }

  return {
    offerMade,
    bookingCreated: (booking: BookingRecord) => (booking.movedFrom ? bookingMoved({ ...booking, movedFrom: booking.movedFrom }) : bookingChanged(["fan-confirmation", "admin-booking"], booking, true)),
    bookingRemoved,
    eventRevised,
  };
}

export type Notifier = ReturnType<typeof createNotifier>;
