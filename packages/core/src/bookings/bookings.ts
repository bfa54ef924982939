import { createHash } from "node:crypto";
import { DomainError } from "../errors";
import type { EventStore } from "../events/event-store";
import { freeSeats } from "../events/records";
import type { Organiser } from "../events/events";
import { eventIdOfSlot, parseBookingId } from "../ids";
import type { BookingStore } from "./booking-store";
import type { Answers, BookingView, CreateBookingInput } from "@slotbook/contract";
import { checkAnswers } from "./answers";
import { newBooking } from "./new-booking";
import type { BookingRecord } from "./records";

export interface Fan {
  id: string;
  username: string;
}

const noSuchSlot = () => new DomainError("NOT_FOUND", "No such slot, or its event is not published.");
export const noSuchBooking = () => new DomainError("NOT_FOUND", "No such booking.");
const alreadyBooked = () => new DomainError("ALREADY_BOOKED", "You already hold a seat in this slot.");
/** Profiles are written when an account is confirmed; one made before that existed has none until it is opened. */
const profileMissing = () =>
  new DomainError("CONFLICT", "Your account's details are not set up yet. Open your account page once, then book again.");
const notOpenYet = (opensAt: string) =>
  new DomainError("NOT_OPEN_YET", "Booking for this event has not opened yet.", { details: [{ path: "opensAt", message: opensAt }] });
const tooManySeats = (max: number) =>
  new DomainError("VALIDATION_FAILED", `A booking here takes at most ${max} ${max === 1 ? "seat" : "seats"}.`, { details: [{ path: "seats", message: `At most ${max}.` }] });
const slotFull = () => new DomainError("SLOT_FULL", "This slot has just filled up. Please pick another one.");

export const bookingView = (record: BookingRecord): BookingView => ({
  id: record.id,
  slotId: record.slotId,
  eventId: record.eventId,
  event: record.event,
  startsAt: record.startsAt,
  endsAt: record.endsAt,
  fanName: record.fanName,
  fanEmail: record.fanEmail,
  fanPhone: record.fanPhone,
  seats: record.seats ?? 1,
  answers: record.answers ?? {},
  status: record.status,
  checkedInAt: record.checkedInAt ?? null,
  createdAt: record.createdAt,
});

/** Answers in a fixed order, so the same answers hash the same however their keys were ordered. */
const sortedAnswers = (answers: Answers) => Object.entries(answers).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/** What identifies "the same request" for an Idempotency-Key: the body as the fan sent it (answers only when given). */
const requestHash = (input: CreateBookingInput) =>
  createHash("sha256")
    .update(JSON.stringify([input.slotId, input.fanName ?? null, input.fanEmail ?? null, input.fanPhone ?? null, input.seats, ...(input.answers ? [sortedAnswers(input.answers)] : [])]))
    .digest("base64url");

/**
 * Bookings: fans take, see and give back seats; admins see who booked their events. (A booking as a calendar
 * invite is bookings/calendar.ts, so that only its route carries the invite builder.)
 */
export function createBookings(store: BookingStore, events: Pick<EventStore, "get">, options: { now?: () => Date } = {}) {
  const now = options.now ?? (() => new Date());

  /**
   * A retry with a used Idempotency-Key: the booking that request made, as it is now. `current` is the
   * fan's booking of that slot today; if it is gone (or is a later booking of the same seat), the one the
   * key made was cancelled, and is never reported as confirmed.
   */
  const replay = (previous: { requestHash: string; booking: BookingRecord }, hash: string, current: BookingRecord | undefined) => {
    if (previous.requestHash !== hash) throw new DomainError("CONFLICT", "This Idempotency-Key was already used for a different booking request.");
    const stillHeld = current !== undefined && current.createdAt === previous.booking.createdAt;
    return bookingView(stillHeld ? current : { ...previous.booking, status: "cancelled" });
  };

  /**
   * The fan already holds this seat. With an Idempotency-Key that may be this very request, made a moment
   * ago by a racing retry: reads outside a transaction can see its booking before its idempotency record.
   * One consistent read tells them apart.
   */
  const alreadyBookedUnlessRetry = async (fan: Fan, key: string | undefined, hash: string, current: BookingRecord | undefined): Promise<BookingView> => {
    const previous = key ? await store.getIdempotent(fan.id, key) : undefined;
    if (previous) return replay(previous, hash, current ?? previous.booking);
    throw alreadyBooked();
  };

  return {
    async book(fan: Fan, input: CreateBookingInput, idempotencyKey?: string): Promise<BookingView> {
      if (!eventIdOfSlot(input.slotId)) throw noSuchSlot();
      const hash = requestHash(input);
      const idempotency = idempotencyKey ? { fanId: fan.id, key: idempotencyKey } : undefined;
      // The slot's and the fan's own items only: in a rush, no item or partition shared by the whole event.
      const { counter, existing, previous, profile } = await store.readForBooking(input.slotId, fan.id, idempotencyKey);
      if (previous) return replay(previous, hash, existing);
      if (existing) return alreadyBookedUnlessRetry(fan, idempotencyKey, hash, existing);

      const slot = counter?.context;
      if (!counter || !counter.bookable || !slot || !counter.definition) throw noSuchSlot();
      const at = now().getTime();
      if (Date.parse(slot.startsAt) <= at) throw new DomainError("SLOT_IN_PAST", "This slot has already started; it can't be booked any more.");
      if (slot.bookingOpensAt && Date.parse(slot.bookingOpensAt) > at) throw notOpenYet(slot.bookingOpensAt);
      if (slot.bookingClosesAt && Date.parse(slot.bookingClosesAt) <= at) throw new DomainError("BOOKING_CLOSED", "Booking for this event has closed.");
      if (input.seats > slot.maxPartySize) throw tooManySeats(slot.maxPartySize);
      // Checked against the questions the slot's counter carries: the event's own item is never read here.
      const answers = checkAnswers(slot.questions ?? [], input.answers);
      // Checked before writing too: in a rush, refusing here spares the table a failed conditional write.
      // Seats held for waitlist offers are taken: a direct booking never gets one of those.
      if (freeSeats(counter) < input.seats) throw slotFull();

      if (!profile) throw profileMissing();
      const fanName = input.fanName ?? profile.name;
      const fanEmail = input.fanEmail ?? profile.email;
      const fanPhone = input.fanPhone === undefined ? profile.phone : input.fanPhone;

      const booking = newBooking(counter.slotId, slot, fan, {
        fanName,
        fanEmail,
        fanPhone: fanPhone ?? null,
        seats: input.seats,
        ...(Object.keys(answers).length > 0 ? { answers } : {}),
        accountEmail: profile.email,
        // Its emails' language, copied like the address: the notifier and the reminder sweep read no profile for it.
        accountLocale: profile.locale ?? "en",
        createdAt: now().toISOString(),
      });
      const seat = { definition: counter.definition, capacity: counter.capacity, heldCount: counter.heldCount, perFanLimit: slot.maxBookingsPerFan };
      let outcome = await store.book(booking, seat, idempotency ? { ...idempotency, requestHash: hash } : undefined);
      // Seats were put on hold for a waitlist offer since the read: read once more, then it stands.
      if (!outcome.ok && outcome.reason === "held-changed") {
        const fresh = (await store.readForBooking(input.slotId, fan.id)).counter;
        if (!fresh || freeSeats(fresh) < input.seats) throw slotFull();
        outcome = await store.book(booking, { ...seat, heldCount: fresh.heldCount }, idempotency ? { ...idempotency, requestHash: hash } : undefined);
      }
      if (outcome.ok) return bookingView(booking);
      switch (outcome.reason) {
        case "slot-full":
        case "held-changed":
          throw slotFull();
        case "limit-reached":
          throw new DomainError("LIMIT_REACHED", `You already hold the most slots of this event one fan may (${slot.maxBookingsPerFan}). Cancel one to book another.`);
        case "already-booked":
          return alreadyBookedUnlessRetry(fan, idempotencyKey, hash, undefined);
        case "slot-gone":
          throw noSuchSlot();
        case "slot-changed":
          throw new DomainError("CONFLICT", "This slot was just changed by the organiser. Reload the event and try again.");
        case "replayed":
          // An identical request with the same key won the race: answer with its booking.
          return replay(outcome.previous, hash, outcome.previous.booking);
      }
    },

    async list(fan: Fan) {
      const records = await store.listByFan(fan.id);
      return { items: records.map(bookingView) };
    },

    async get(fan: Fan, bookingId: string) {
      const ids = parseBookingId(bookingId);
      if (!ids || ids.fanId !== fan.id) throw noSuchBooking();
      const record = await store.get(ids.slotId, ids.fanId);
      if (!record) throw noSuchBooking();
      return bookingView(record);
    },

    async cancel(fan: Fan, bookingId: string) {
      const ids = parseBookingId(bookingId);
      if (!ids || ids.fanId !== fan.id) throw noSuchBooking();
      if (!(await store.cancel(ids.slotId, ids.fanId))) throw noSuchBooking();
    },

    /** An organiser cancels one booking of their own event; the fan is told by email (the stream). */
    async cancelAsOrganiser(admin: Organiser, eventId: string, bookingId: string) {
      const ids = parseBookingId(bookingId);
      if (!ids || eventIdOfSlot(ids.slotId) !== eventId) throw noSuchBooking();
      const event = await events.get(eventId);
      if (!event || event.adminId !== admin.id || event.deletedAt) throw new DomainError("NOT_FOUND", "No such event.");
      if (!(await store.cancel(ids.slotId, ids.fanId, "organiser"))) throw noSuchBooking();
    },

    async ofEvent(admin: Organiser, eventId: string) {
      const event = await events.get(eventId);
      if (!event || event.adminId !== admin.id || event.deletedAt) throw new DomainError("NOT_FOUND", "No such event.");
      return { items: (await store.listBySlots(event.slots.map((slot) => slot.id))).map(bookingView) };
    },
  };
}

export type Bookings = ReturnType<typeof createBookings>;
