import * as z from "zod";

export const limits = { titleMax: 200, descriptionMax: 5000, capacityMax: 1000, slotsMax: 200, partySizeMax: 20, bookingsPerFanMax: 200,
  // Questions fans answer when booking, and where the event happens (events/details-input.ts).
  questionsMax: 10, questionLabelMax: 200, optionsMax: 20, optionMax: 100, answerMax: 1000, questionIdMax: 40,
  locationNameMax: 200, locationAddressMax: 500, locationUrlMax: 2000 } as const;

const openingInstant = z.iso.datetime("Use an instant, e.g. 2026-12-01T10:00:00.000Z.");
/**
 * How an event goes on sale. Opens at publish unless `bookingOpensAt`; closes at each slot's start unless
 * `bookingClosesAt` comes first. A fan holds at most `maxBookingsPerFan` of its slots at once (null: no
 * limit), a booking takes at most `maxPartySize` seats, and full slots take a waitlist unless `waitlist` is off.
 */
export const onSaleFields = {
  bookingOpensAt: openingInstant.nullable(),
  bookingClosesAt: openingInstant.nullable(),
  maxBookingsPerFan: z.number().int().min(1).max(limits.bookingsPerFanMax, `At most ${limits.bookingsPerFanMax}.`).nullable(),
  maxPartySize: z.number().int().min(1, "At least 1.").max(limits.partySizeMax, `At most ${limits.partySizeMax}.`),
  waitlist: z.boolean(),
};
export const onSaleDefaults = { bookingOpensAt: null, bookingClosesAt: null, maxBookingsPerFan: null, maxPartySize: 1, waitlist: true } as const;
export type OnSale = { [K in keyof typeof onSaleFields]: z.output<(typeof onSaleFields)[K]> };

export const questionTypes = ["text", "choice", "checkbox"] as const;

/** Where an event happens: a venue, an online link, or both (null: the event says nothing). */
export const locationSchema = z
  .object({
    name: z.string().optional().meta({ description: "The venue's name, e.g. Blue Room" }),
    address: z.string().optional().meta({ description: "The venue's address; the event page links it to a map (OpenStreetMap)" }),
    url: z.string().optional().meta({ description: "An online link (http or https): a stream or a meeting" }),
  })
  .meta({ id: "EventLocation", description: "A venue and/or an online link; shown on the event page, in emails and as the calendar invite's LOCATION and URL." });

/** A question fans answer when they book; answers are keyed by its `id`. */
export const questionSchema = z
  .object({
    id: z.string().meta({ description: "Stable id: a booking's answers are keyed by it (assigned when left out on input)" }),
    label: z.string().meta({ description: "What the fan is asked" }),
    type: z.enum(questionTypes).meta({ description: "text: free text (a string); choice: one of the options (a string), or several with multiple (a list); checkbox: a tick (a boolean)" }),
    required: z.boolean().meta({ description: "Booking needs an answer; a required checkbox must be ticked (true)" }),
    options: z.array(z.string()).optional().meta({ description: "choice only: 2 to 20 different options" }),
    multiple: z.boolean().optional().meta({ description: "choice only: the fan may pick several options (the answer is a list)" }),
  })
  .meta({ id: "Question" });

/** What an event tells fans beyond its times: where it is and what they are asked when booking. */
export const detailFields = {
  location: locationSchema.nullable(),
  questions: z.array(questionSchema).meta({ description: `Asked when booking, in this order (at most ${limits.questionsMax})` }),
};

/** Reminders: how many, and how long before a slot's start (5 minutes to 30 days), in minutes. */
export const reminderLimits = { count: 5, minMinutes: 5, maxMinutes: 60 * 24 * 30 } as const;
export const reminderDefaults = [1440];
/** Minutes before each slot's start at which its booked fans are reminded: each once, stored latest-first. */
export const remindersSchema = z
  .array(
    z
      .number("Minutes before the start, a whole number.")
      .int("Minutes before the start, a whole number.")
      .min(reminderLimits.minMinutes, `At least ${reminderLimits.minMinutes} minutes before.`)
      .max(reminderLimits.maxMinutes, `At most ${reminderLimits.maxMinutes} minutes (30 days) before.`),
  )
  .max(reminderLimits.count, `At most ${reminderLimits.count} reminders.`)
  .refine((minutes) => new Set(minutes).size === minutes.length, "Give each reminder time once.")
  .overwrite((minutes) => [...minutes].sort((a, b) => b - a))
  .meta({ description: `Minutes before each slot's start at which its fans are reminded by email, e.g. [1440, 60] (at most ${reminderLimits.count}, each ${reminderLimits.minMinutes}–${reminderLimits.maxMinutes}); [] for none` });

export const idSchema = z.string().regex(/^[A-Za-z0-9_.~-]{1,200}$/, "Not a valid id.");
export const slugSchema = z.string().regex(/^[a-z0-9-]{1,120}$/, "Not a valid event address.");

export const idParams = z.object({ id: idSchema });
export const eventBookingParams = z.object({ id: idSchema, bookingId: idSchema });
export const slugParams = z.object({ url: slugSchema });
export const pageQuery = z.object({
  cursor: z.string().max(2048).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

const instant = z.iso.datetime();

export const slotSchema = z
  .object({
    id: z.string(),
    startTime: z.string(),
    endTime: z.string(),
    startsAt: instant,
    endsAt: instant,
    capacity: z.number().int(),
    bookedCount: z.number().int(),
    /** Seats held for fans offered them from the waitlist: taken until claimed or expired. */
    heldCount: z.number().int(),
    available: z.number().int(),
    waitlistLength: z.number().int(),
  })
  .meta({ id: "Slot", description: "available = capacity - bookedCount - heldCount (seats, not bookings)" });

export const eventSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    description: z.string(),
    date: z.string(),
    timezone: z.string(),
    slug: z.string().nullable(),
    isPublished: z.boolean(),
    publishedAt: instant.nullable(),
    slots: z.array(slotSchema),
    ...onSaleFields,
    ...detailFields,
    reminders: remindersSchema,
    createdAt: instant,
    updatedAt: instant,
  })
  .meta({ id: "Event" });

export const eventListSchema = z.object({ items: z.array(eventSchema), nextCursor: z.string().optional() }).meta({ id: "EventList" });

export const publicSlotSchema = slotSchema.omit({ bookedCount: true, heldCount: true }).meta({ id: "PublicSlot" });
export const publicSlotListSchema = z.object({ items: z.array(publicSlotSchema) }).meta({ id: "PublicSlotList" });
export const publicEventSchema = z
  .object({ slug: z.string(), title: z.string(), description: z.string(), date: z.string(), timezone: z.string(), slots: z.array(publicSlotSchema), ...onSaleFields, ...detailFields })
  .meta({ id: "PublicEvent" });
export const publicEventSummarySchema = z
  .object({ slug: z.string(), title: z.string(), description: z.string(), date: z.string(), timezone: z.string(), startsAt: instant, slotsAvailable: z.number().int() })
  .meta({ id: "PublicEventSummary" });
export const publicEventListSchema = z.object({ items: z.array(publicEventSummarySchema), nextCursor: z.string().optional() }).meta({ id: "PublicEventList" });

export type SlotView = z.output<typeof slotSchema>;
export type EventView = z.output<typeof eventSchema>;
export type PublicSlotView = z.output<typeof publicSlotSchema>;
export type PublicEventView = z.output<typeof publicEventSchema>;
export type PublicEventSummary = z.output<typeof publicEventSummarySchema>;
export type EventLocation = z.output<typeof locationSchema>;
export type Question = z.output<typeof questionSchema>;
export type QuestionType = (typeof questionTypes)[number];
