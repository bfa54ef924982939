import * as z from "zod/mini";
import { waitlistStatuses } from "./inputs";

/* What the API answers about waitlists (the OpenAPI document's schemas, and the view types). */

export const waitlistEntrySchema = z
  .object({
    id: z.string(),
    slotId: z.string(),
    eventId: z.string(),
    seats: z.number().check(z.int()),
    /** 1 for the next fan to be offered seats; 0 once the entry is no longer waiting. */
    position: z.number().check(z.int()),
    status: z.enum(waitlistStatuses),
    offerExpiresAt: z.nullable(z.iso.datetime()),
    createdAt: z.iso.datetime(),
    event: z.object({ title: z.string(), slug: z.string(), date: z.string(), timezone: z.string() }),
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime(),
  })
  .check(z.meta({ id: "WaitlistEntry" }));

export const waitlistListSchema = z.object({ items: z.array(waitlistEntrySchema) }).check(z.meta({ id: "WaitlistList" }));

/** The organiser's view of a slot's waitlist: who waits, in order, and whose offer is live. */
export const slotWaitlistSchema = z
  .object({
    slotId: z.string(),
    startsAt: z.iso.datetime(),
    entries: z.array(
      z.object({
        id: z.string(),
        fanName: z.string(),
        seats: z.number().check(z.int()),
        status: z.enum(waitlistStatuses),
        position: z.number().check(z.int()),
        offerExpiresAt: z.nullable(z.iso.datetime()),
        createdAt: z.iso.datetime(),
      }),
    ),
  })
  .check(z.meta({ id: "SlotWaitlist" }));
export const eventWaitlistSchema = z.object({ items: z.array(slotWaitlistSchema) }).check(z.meta({ id: "EventWaitlist" }));

export type WaitlistEntryView = z.output<typeof waitlistEntrySchema>;
export type SlotWaitlistView = z.output<typeof slotWaitlistSchema>;
