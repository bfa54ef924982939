import * as z from "zod/mini";
import { limits } from "../limits";
import { onSaleFields, questionTypes, remindersSchema } from "./inputs";

/* What the API answers about events: the OpenAPI document's schemas, whose types are the API's view types. */

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
