import * as z from "zod";
import { emailSchema, nameSchema, phoneSchema } from "../users/schemas";
import { idSchema, limits, locationSchema } from "../events/schemas";
import { answersInput, answersSchema } from "./answers";

/** Seats one booking takes: a party, up to the event's maxPartySize. */
export const seatsSchema = z.number("Seats is a whole number.").int("Seats is a whole number.").min(1, "At least 1 seat.").max(limits.partySizeMax, `At most ${limits.partySizeMax} seats.`);

export const createBookingInput = z
  .strictObject({
    slotId: idSchema,
    seats: seatsSchema.default(1),
    fanName: nameSchema.optional(),
    fanEmail: emailSchema.optional(),
    fanPhone: phoneSchema.nullable().optional(),
    answers: answersInput.optional(),
  })
  .meta({
    id: "CreateBookingInput",
    description: "Missing fan fields default to the caller's profile; seats defaults to 1 (at most the event's maxPartySize); answers are checked against the event's questions.",
  });

export const idempotencyKeySchema = z.string().regex(/^[\x21-\x7e]{1,255}$/, "Use 1-255 printable ASCII characters.");

export const bookingSchema = z
  .object({
    id: z.string(),
    slotId: z.string(),
    eventId: z.string(),
    event: z.object({ title: z.string(), slug: z.string(), date: z.string(), timezone: z.string(), location: locationSchema.optional() }),
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime(),
    fanName: z.string(),
    fanEmail: z.string(),
    fanPhone: z.string().nullable(),
    seats: z.number().int(),
    answers: answersSchema,
    status: z.enum(["confirmed", "cancelled"]),
    /** When the organiser marked the fan as arrived (check-in at the door); null until then. */
    checkedInAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "Booking" });

export const bookingListSchema = z.object({ items: z.array(bookingSchema) }).meta({ id: "BookingList" });

export type CreateBookingInput = z.output<typeof createBookingInput>;
export type BookingView = z.output<typeof bookingSchema>;
