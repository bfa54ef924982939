import type { BookingRecord } from "./records";

/*
 * Which calendar entry a booking's invites update, kept apart from the invite builder (calendar-invite.ts)
 * so that code which only moves bookings carries no iCalendar library.
 */

/**
 * One UID per booking (a fan re-booking the same slot later is a new booking, with a new UID), except that a
 * moved booking keeps the UID of the booking it replaced: the fan's calendar entry moves rather than doubles.
 */
export const inviteUid = (booking: Pick<BookingRecord, "id" | "createdAt" | "inviteUid">) => booking.inviteUid ?? `${booking.id}.${Date.parse(booking.createdAt)}@slotbook`;

/**
 * The invite's SEQUENCE: the event's revision the booking's details come from (0 until the organiser first
 * changes its title, date, times or zone), plus what moves added, and one more for the cancellation, so each
 * later message of the same UID supersedes every earlier one in the fan's calendar.
 */
export const inviteSequence = (booking: Pick<BookingRecord, "eventRevision" | "sequenceOffset">, kind: "request" | "cancel") =>
  (booking.eventRevision ?? 0) + (booking.sequenceOffset ?? 0) + (kind === "cancel" ? 1 : 0);
