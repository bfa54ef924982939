import * as z from "zod/mini";
import "../english";
import { limits } from "../limits";
import { emailSchema, nameSchema, phoneSchema } from "../users/schemas";
import { idSchema, locationSchema } from "../events/schemas";
import { answersInput, answersSchema } from "./answers";

const seatsMessage = "Seats is a whole number.";
/** Seats one booking takes: a party, up to the event's maxPartySize. */
export const seatsSchema = z.number(seatsMessage).check(z.int(seatsMessage), z.gte(1, "At least 1 seat."), z.lte(limits.partySizeMax, `At most ${limits.partySizeMax} seats.`));

export const createBookingInput = z
  .strictObject({
    slotId: idSchema,
    seats: z._default(seatsSchema, 1),
    fanName: z.optional(nameSchema),
    fanEmail: z.optional(emailSchema),
    fanPhone: z.optional(z.nullable(phoneSchema)),
    answers: z.optional(answersInput),
  })
  .check(
    z.meta({
      id: "CreateBookingInput",
      description: "Missing fan fields default to the caller's profile; seats defaults to 1 (at most the event's maxPartySize); answers are checked against the event's questions.",
    }),
  );

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

export type CreateBookingInput = z.output<typeof createBookingInput>;
export type CreateBookingBody = z.input<typeof createBookingInput>;
export type BookingView = z.output<typeof bookingSchema>;
