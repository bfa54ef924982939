import * as z from "zod/mini";
import "../english";
import { limits, reminderLimits } from "../limits";
import { idPattern, slugPattern } from "../patterns";

const openingInstant = z.iso.datetime("Use an instant, e.g. 2026-12-01T10:00:00.000Z.");
/**
 * How an event goes on sale. Opens at publish unless `bookingOpensAt`; closes at each slot's start unless
 * `bookingClosesAt` comes first. A fan holds at most `maxBookingsPerFan` of its slots at once (null: no
 * limit), a booking takes at most `maxPartySize` seats, and full slots take a waitlist unless `waitlist` is off.
 */
export const onSaleFields = {
  bookingOpensAt: z.nullable(openingInstant),
  bookingClosesAt: z.nullable(openingInstant),
  maxBookingsPerFan: z.nullable(z.number().check(z.int(), z.gte(1), z.lte(limits.bookingsPerFanMax, `At most ${limits.bookingsPerFanMax}.`))),
  maxPartySize: z.number().check(z.int(), z.gte(1, "At least 1."), z.lte(limits.partySizeMax, `At most ${limits.partySizeMax}.`)),
  waitlist: z.boolean(),
};
export const onSaleDefaults = { bookingOpensAt: null, bookingClosesAt: null, maxBookingsPerFan: null, maxPartySize: 1, waitlist: true } as const;
export type OnSale = { [K in keyof typeof onSaleFields]: z.output<(typeof onSaleFields)[K]> };

export const questionTypes = ["text", "choice", "checkbox"] as const;

/** Where an event happens: a venue, an online link, or both (null: the event says nothing). */
export const locationSchema = z
  .object({
    name: z.optional(z.string()).check(z.meta({ description: "The venue's name, e.g. Blue Room" })),
    address: z.optional(z.string()).check(z.meta({ description: "The venue's address; the event page links it to a map (OpenStreetMap)" })),
    url: z.optional(z.string()).check(z.meta({ description: "An online link (http or https): a stream or a meeting" })),
  })
  .check(z.meta({ id: "EventLocation", description: "A venue and/or an online link; shown on the event page, in emails and as the calendar invite's LOCATION and URL." }));

/** A question fans answer when they book; answers are keyed by its `id`. */
export const questionSchema = z
  .object({
    id: z.string().check(z.meta({ description: "Stable id: a booking's answers are keyed by it (assigned when left out on input)" })),
    label: z.string().check(z.meta({ description: "What the fan is asked" })),
    type: z.enum(questionTypes).check(z.meta({ description: "text: free text (a string); choice: one of the options (a string), or several with multiple (a list); checkbox: a tick (a boolean)" })),
    required: z.boolean().check(z.meta({ description: "Booking needs an answer; a required checkbox must be ticked (true)" })),
    options: z.optional(z.array(z.string())).check(z.meta({ description: "choice only: 2 to 20 different options" })),
    multiple: z.optional(z.boolean()).check(z.meta({ description: "choice only: the fan may pick several options (the answer is a list)" })),
  })
  .check(z.meta({ id: "Question" }));

/** What an event tells fans beyond its times: where it is and what they are asked when booking. */
export const detailFields = {
  location: z.nullable(locationSchema),
  questions: z.array(questionSchema).check(z.meta({ description: `Asked when booking, in this order (at most ${limits.questionsMax})` })),
};

const reminderMinutes = "Minutes before the start, a whole number.";
/** Minutes before each slot's start at which its booked fans are reminded: each once, stored latest-first. */
export const remindersSchema = z
  .array(
    z
      .number(reminderMinutes)
      .check(
        z.int(reminderMinutes),
        z.gte(reminderLimits.minMinutes, `At least ${reminderLimits.minMinutes} minutes before.`),
        z.lte(reminderLimits.maxMinutes, `At most ${reminderLimits.maxMinutes} minutes (30 days) before.`),
      ),
  )
  .check(
    z.maxLength(reminderLimits.count, `At most ${reminderLimits.count} reminders.`),
    z.refine((minutes) => new Set(minutes).size === minutes.length, "Give each reminder time once."),
    z.overwrite((minutes) => [...minutes].sort((a, b) => b - a)),
    z.meta({ description: `Minutes before each slot's start at which its fans are reminded by email, e.g. [1440, 60] (at most ${reminderLimits.count}, each ${reminderLimits.minMinutes}–${reminderLimits.maxMinutes}); [] for none` }),
  );

export const idSchema = z.string().check(z.regex(idPattern, "Not a valid id."));
export const slugSchema = z.string().check(z.regex(slugPattern, "Not a valid event address."));

const instant = z.iso.datetime();

export const slotSchema = z
  .object({
    id: z.string(),
    startTime: z.string(),
    endTime: z.string(),
    startsAt: instant,
    endsAt: instant,
    capacity: z.number().check(z.int()),
    bookedCount: z.number().check(z.int()),
    /** Seats held for fans offered them from the waitlist: taken until claimed or expired. */
    heldCount: z.number().check(z.int()),
    available: z.number().check(z.int()),
    waitlistLength: z.number().check(z.int()),
  })
  // Registered in place, not with a meta check: z.omit refuses a schema that has checks (publicSlotSchema).
  .register(z.globalRegistry, { id: "Slot", description: "available = capacity - bookedCount - heldCount (seats, not bookings)" });

export const eventSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    description: z.string(),
    date: z.string(),
    timezone: z.string(),
    slug: z.nullable(z.string()),
    isPublished: z.boolean(),
    publishedAt: z.nullable(instant),
    slots: z.array(slotSchema),
    ...onSaleFields,
    ...detailFields,
    reminders: remindersSchema,
    createdAt: instant,
    updatedAt: instant,
  })
  .check(z.meta({ id: "Event" }));

export const eventListSchema = z.object({ items: z.array(eventSchema), nextCursor: z.optional(z.string()) }).check(z.meta({ id: "EventList" }));

export const publicSlotSchema = z.omit(slotSchema, { bookedCount: true, heldCount: true }).check(z.meta({ id: "PublicSlot" }));
export const publicSlotListSchema = z.object({ items: z.array(publicSlotSchema) }).check(z.meta({ id: "PublicSlotList" }));
export const publicEventSchema = z
  .object({ slug: z.string(), title: z.string(), description: z.string(), date: z.string(), timezone: z.string(), slots: z.array(publicSlotSchema), ...onSaleFields, ...detailFields })
  .check(z.meta({ id: "PublicEvent" }));
export const publicEventSummarySchema = z
  .object({ slug: z.string(), title: z.string(), description: z.string(), date: z.string(), timezone: z.string(), startsAt: instant, slotsAvailable: z.number().check(z.int()) })
  .check(z.meta({ id: "PublicEventSummary" }));
export const publicEventListSchema = z.object({ items: z.array(publicEventSummarySchema), nextCursor: z.optional(z.string()) }).check(z.meta({ id: "PublicEventList" }));

export type SlotView = z.output<typeof slotSchema>;
export type EventView = z.output<typeof eventSchema>;
export type PublicSlotView = z.output<typeof publicSlotSchema>;
export type PublicEventView = z.output<typeof publicEventSchema>;
export type PublicEventSummary = z.output<typeof publicEventSummarySchema>;
export type EventLocation = z.output<typeof locationSchema>;
export type Question = z.output<typeof questionSchema>;
export type QuestionType = (typeof questionTypes)[number];
