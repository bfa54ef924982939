import * as z from "zod";
import { emailSchema, nameSchema, phoneSchema } from "../users/schemas";
import { idSchema } from "../events/schemas";

export const createBookingInput = z
  .strictObject({ slotId: idSchema, fanName: nameSchema.optional(), fanEmail: emailSchema.optional(), fanPhone: phoneSchema.nullable().optional() })
  .meta({ id: "CreateBookingInput", description: "Missing fan fields default to the caller's profile." });

export const idempotencyKeySchema = z.string().regex(/^[\x21-\x7e]{1,255}$/, "Use 1-255 printable ASCII characters.");

export const bookingSchema = z
  .object({
    id: z.string(),
    slotId: z.string(),
    eventId: z.string(),
    event: z.object({ title: z.string(), slug: z.string(), date: z.string(), timezone: z.string() }),
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime(),
    fanName: z.string(),
    fanEmail: z.string(),
    fanPhone: z.string().nullable(),
    status: z.enum(["confirmed", "cancelled"]),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "Booking" });

export const bookingListSchema = z.object({ items: z.array(bookingSchema) }).meta({ id: "BookingList" });

export type CreateBookingInput = z.output<typeof createBookingInput>;
export type BookingView = z.output<typeof bookingSchema>;
