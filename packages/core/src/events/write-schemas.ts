import * as z from "zod";
import { safeText } from "../text/safe-text";
import { idSchema, limits, onSaleDefaults, onSaleFields, reminderDefaults, remindersSchema } from "./schemas";
import { locationInput, questionsInput } from "./details-input";
import { canonicalTimeZone, isTimeZone } from "./time";

/*
 * What admins send to create or change an event: the only schemas that check a time zone against the tz
 * database, kept apart from events/schemas.ts so that a route which only reads events (or books them) does
 * not carry that database.
 */

const startTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Use HH:MM, 24-hour (e.g. 09:30).");
/** An end may also be 24:00, the end of the day. */
const endTime = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, "Use HH:MM, 24-hour (e.g. 17:00), or 24:00.");
/** Stored as given (escaping is the renderer's job) once the shared text rules pass. */
const title = safeText({ max: limits.titleMax, required: "Enter a title." });
const description = safeText({ max: limits.descriptionMax, multiline: true });
const date = z.iso.date("Use a calendar date, YYYY-MM-DD.");
/** Stored as its canonical IANA name (`Asia/Calcutta` → `Asia/Kolkata`, `utc` → `UTC`); anything else is refused. */
const timezone = z
  .string()
  .refine(isTimeZone, "Use an IANA time zone, e.g. Europe/Berlin.")
  .overwrite((zone) => canonicalTimeZone(zone) ?? zone);
const capacity = z
  .number("Capacity is a whole number.")
  .int("Capacity is a whole number.")
  .min(1, "Capacity is at least 1.")
  .max(limits.capacityMax, `Capacity is at most ${limits.capacityMax}.`);

/** Closing must come after opening. */
const opensBeforeCloses = (value: { bookingOpensAt?: string | null; bookingClosesAt?: string | null }) =>
  !value.bookingOpensAt || !value.bookingClosesAt || Date.parse(value.bookingClosesAt) > Date.parse(value.bookingOpensAt);
const closingIssue = { message: "Booking must close after it opens.", path: ["bookingClosesAt"] };

export const slotInput = z.strictObject({ startTime, endTime, capacity: capacity.default(1) });
export const slotUpdateInput = z.strictObject({ id: idSchema.optional(), startTime, endTime, capacity: capacity.optional() });

export const createEventInput = z
  .strictObject({
    title,
    description: description.default(""),
    date,
    timezone,
    slots: z.array(slotInput).min(1, "Add at least one slot.").max(limits.slotsMax, `At most ${limits.slotsMax} slots.`),
    bookingOpensAt: onSaleFields.bookingOpensAt.default(onSaleDefaults.bookingOpensAt),
    bookingClosesAt: onSaleFields.bookingClosesAt.default(onSaleDefaults.bookingClosesAt),
    maxBookingsPerFan: onSaleFields.maxBookingsPerFan.default(onSaleDefaults.maxBookingsPerFan),
    maxPartySize: onSaleFields.maxPartySize.default(onSaleDefaults.maxPartySize),
    waitlist: onSaleFields.waitlist.default(onSaleDefaults.waitlist),
    location: locationInput.default(null),
    questions: questionsInput.default([]),
    reminders: remindersSchema.default(() => [...reminderDefaults]),
  })
  .refine(opensBeforeCloses, closingIssue)
  .meta({ id: "CreateEventInput" });

export const updateEventInput = z
  .strictObject({
    title: title.optional(),
    description: description.optional(),
    date: date.optional(),
    timezone: timezone.optional(),
    slots: z.array(slotUpdateInput).min(1, "Keep at least one slot.").max(limits.slotsMax, `At most ${limits.slotsMax} slots.`).optional(),
    bookingOpensAt: onSaleFields.bookingOpensAt.optional(),
    bookingClosesAt: onSaleFields.bookingClosesAt.optional(),
    maxBookingsPerFan: onSaleFields.maxBookingsPerFan.optional(),
    maxPartySize: onSaleFields.maxPartySize.optional(),
    waitlist: onSaleFields.waitlist.optional(),
    location: locationInput.optional(),
    questions: questionsInput.optional(),
    reminders: remindersSchema.optional(),
  })
  .refine(opensBeforeCloses, closingIssue)
  .meta({ id: "UpdateEventInput", description: "Slots listed replace the event's slots; a slot is kept by sending its id." });

export type CreateEventInput = z.output<typeof createEventInput>;
export type UpdateEventInput = z.output<typeof updateEventInput>;
