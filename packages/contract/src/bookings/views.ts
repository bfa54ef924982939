import * as z from "zod/mini";
import { locationSchema } from "../events/views";

/* What the API answers about bookings (the OpenAPI document's schemas, and the view type). */

export const answersSchema = z
  .record(z.string(), z.union([z.string(), z.array(z.string()), z.boolean()]))
  .check(z.meta({ id: "Answers", description: "The fan's answers to the event's questions, by question id (blank answers to optional questions are left out)" }));

export const bookingSchema = z
  .object({
    id: z.string(),
    slotId: z.string(),
    eventId: z.string(),
    event: z.object({ title: z.string(), slug: z.string(), date: z.string(), timezone: z.string(), location: z.optional(locationSchema) }),
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime(),
    fanName: z.string(),
    fanEmail: z.string(),
    fanPhone: z.nullable(z.string()),
    seats: z.number().check(z.int()),
    answers: answersSchema,
    status: z.enum(["confirmed", "cancelled"]),
    /** When the organiser marked the fan as arrived (check-in at the door); null until then. */
    checkedInAt: z.nullable(z.iso.datetime()),
    createdAt: z.iso.datetime(),
  })
  .check(z.meta({ id: "Booking" }));

export const bookingListSchema = z.object({ items: z.array(bookingSchema) }).check(z.meta({ id: "BookingList" }));

export type BookingView = z.output<typeof bookingSchema>;
