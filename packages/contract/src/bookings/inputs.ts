import * as z from "zod/mini";
import "../english";
import { limits } from "../limits";
import { emailSchema, nameSchema, phoneSchema } from "../users/fields";
import { idSchema } from "../ids";
import { answersInput } from "./answers";

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

export type CreateBookingInput = z.output<typeof createBookingInput>;
export type CreateBookingBody = z.input<typeof createBookingInput>;
