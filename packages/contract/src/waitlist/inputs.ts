import * as z from "zod/mini";
import "../english";
import { answersInput } from "../bookings/answers";
import { seatsSchema } from "../bookings/inputs";
import { idSchema } from "../ids";

export const waitlistStatuses = ["waiting", "offered", "claimed", "expired", "left"] as const;

export const joinWaitlistInput = z
  .strictObject({ slotId: idSchema, seats: z._default(seatsSchema, 1), answers: z.optional(answersInput) })
  .check(
    z.meta({
      id: "JoinWaitlistInput",
      description:
        "Only for a full slot of an event that keeps a waitlist; seats at most its maxPartySize. The answers to the event's questions are checked now, kept with the entry, and become the booking's when an offer is claimed.",
    }),
  );

export type JoinWaitlistInput = z.output<typeof joinWaitlistInput>;
export type JoinWaitlistBody = z.input<typeof joinWaitlistInput>;
export type WaitlistStatus = (typeof waitlistStatuses)[number];
