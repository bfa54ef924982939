import * as z from "zod/mini";
import "../english";
import { limits, reminderDefaults } from "../limits";
import { safeText } from "../text/safe-text";
import { locationInput, questionsInput } from "./details-input";
import { idSchema } from "../ids";
import { onSaleDefaults, onSaleFields, remindersSchema } from "./inputs";

/*
 * What admins send to create or change an event. A time zone is checked against the tz database and stored
 * under its canonical name, and that database is no part of the contract: the core builds these schemas with
 * its own (packages/core/src/events/write-inputs.ts), so only what checks or writes zones carries it.
 */

/** A zone's canonical IANA name (`Asia/Calcutta` → `Asia/Kolkata`, `utc` → `UTC`), undefined when it is none. */
export type CanonicalTimeZone = (zone: string) => string | undefined;

const startTime = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Use HH:MM, 24-hour (e.g. 09:30)."));
/** An end may also be 24:00, the end of the day. */
const endTime = z.string().check(z.regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, "Use HH:MM, 24-hour (e.g. 17:00), or 24:00."));
/** Stored as given (escaping is the renderer's job) once the shared text rules pass. */
const title = safeText({ max: limits.titleMax, required: "Enter a title." });
const description = safeText({ max: limits.descriptionMax, multiline: true });
const date = z.iso.date("Use a calendar date, YYYY-MM-DD.");
const capacityMessage = "Capacity is a whole number.";
const capacity = z
  .number(capacityMessage)
  .check(z.int(capacityMessage), z.gte(1, "Capacity is at least 1."), z.lte(limits.capacityMax, `Capacity is at most ${limits.capacityMax}.`));

/** Closing must come after opening. */
const opensBeforeCloses = z.refine<{ bookingOpensAt?: string | null; bookingClosesAt?: string | null }>(
  (value) =>
    !value.bookingOpensAt || !value.bookingClosesAt || Date.parse(value.bookingClosesAt) > Date.parse(value.bookingOpensAt),
  { message: "Booking must close after it opens.", path: ["bookingClosesAt"] },
);

export const slotInput = z.strictObject({ startTime, endTime, capacity: z._default(capacity, 1) });
export const slotUpdateInput = z.strictObject({ id: z.optional(idSchema), startTime, endTime, capacity: z.optional(capacity) });

/** Stored as its canonical IANA name; anything else is refused. */
const timezoneInput = (canonicalTimeZone: CanonicalTimeZone) =>
  z
    .string()
    .check(
      z.refine((zone) => canonicalTimeZone(zone) !== undefined, "Use an IANA time zone, e.g. Europe/Berlin."),
      z.overwrite((zone) => canonicalTimeZone(zone) ?? zone),
    );

/**
 * The create input, with time zones checked and named by `canonicalTimeZone`. One function per input, so a
 * route builds only its own schema (building zod schemas is most of what a route's code costs at cold start).
 */
export const createEventInputSchema = (canonicalTimeZone: CanonicalTimeZone) =>
  z
    .strictObject({
      title,
      description: z._default(description, ""),
      date,
      timezone: timezoneInput(canonicalTimeZone),
      slots: z.array(slotInput).check(z.minLength(1, "Add at least one slot."), z.maxLength(limits.slotsMax, `At most ${limits.slotsMax} slots.`)),
      bookingOpensAt: z._default(onSaleFields.bookingOpensAt, onSaleDefaults.bookingOpensAt),
      bookingClosesAt: z._default(onSaleFields.bookingClosesAt, onSaleDefaults.bookingClosesAt),
      maxBookingsPerFan: z._default(onSaleFields.maxBookingsPerFan, onSaleDefaults.maxBookingsPerFan),
      maxPartySize: z._default(onSaleFields.maxPartySize, onSaleDefaults.maxPartySize),
      waitlist: z._default(onSaleFields.waitlist, onSaleDefaults.waitlist),
      location: z._default(locationInput, null),
      questions: z._default(questionsInput, []),
      reminders: z._default(remindersSchema, () => [...reminderDefaults]),
    })
    .check(opensBeforeCloses, z.meta({ id: "CreateEventInput" }));

/** The update input, with time zones checked and named by `canonicalTimeZone`. */
export const updateEventInputSchema = (canonicalTimeZone: CanonicalTimeZone) =>
  z
    .strictObject({
      title: z.optional(title),
      description: z.optional(description),
      date: z.optional(date),
      timezone: z.optional(timezoneInput(canonicalTimeZone)),
      slots: z.optional(z.array(slotUpdateInput).check(z.minLength(1, "Keep at least one slot."), z.maxLength(limits.slotsMax, `At most ${limits.slotsMax} slots.`))),
      bookingOpensAt: z.optional(onSaleFields.bookingOpensAt),
      bookingClosesAt: z.optional(onSaleFields.bookingClosesAt),
      maxBookingsPerFan: z.optional(onSaleFields.maxBookingsPerFan),
      maxPartySize: z.optional(onSaleFields.maxPartySize),
      waitlist: z.optional(onSaleFields.waitlist),
      location: z.optional(locationInput),
      questions: z.optional(questionsInput),
      reminders: z.optional(remindersSchema),
    })
    .check(opensBeforeCloses, z.meta({ id: "UpdateEventInput", description: "Slots listed replace the event's slots; a slot is kept by sending its id." }));

/** What the core gets (defaults filled in, text trimmed, the zone canonical). */
export type CreateEventInput = z.output<ReturnType<typeof createEventInputSchema>>;
export type UpdateEventInput = z.output<ReturnType<typeof updateEventInputSchema>>;
/** What a client sends. */
export type CreateEventBody = z.input<ReturnType<typeof createEventInputSchema>>;
export type UpdateEventBody = z.input<ReturnType<typeof updateEventInputSchema>>;
/** A slot as a client sends it on a change: a saved slot keeps its id (and its bookings), a new one has none. */
export type SlotBody = z.input<typeof slotUpdateInput>;
