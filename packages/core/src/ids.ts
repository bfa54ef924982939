import { randomBytes } from "node:crypto";

/** A random URL-safe id (96 bits): unguessable, so ids in URLs reveal nothing about other records. */
export const newId = (): string => randomBytes(12).toString("base64url");

/** Slot ids carry their event's id, so one read can fetch both the slot's counter and its event. */
export const newSlotId = (eventId: string): string => `${eventId}.${randomBytes(6).toString("base64url")}`;
export const eventIdOfSlot = (slotId: string): string | undefined => {
  const dot = slotId.lastIndexOf(".");
  return dot > 0 ? slotId.slice(0, dot) : undefined;
};

/** A question's id, for one the organiser added without one: short, as answers are keyed by it. */
export const newQuestionId = (): string => `q${randomBytes(6).toString("base64url")}`;

/** A booking is one fan's hold on one slot; its id names both (a fan holds a slot at most once). */
export const bookingIdOf = (slotId: string, fanId: string): string => `${slotId}~${fanId}`;
export const parseBookingId = (bookingId: string): { slotId: string; fanId: string } | undefined => {
  const tilde = bookingId.lastIndexOf("~");
  if (tilde <= 0 || tilde === bookingId.length - 1) return undefined;
  return { slotId: bookingId.slice(0, tilde), fanId: bookingId.slice(tilde + 1) };
};
