import * as z from "zod/mini";
import "../english";
import { limits, reminderLimits } from "../limits";

/*
 * The event fields that requests carry (and the views repeat): how it goes on sale and its reminders. The
 * views (events/views.ts) are apart, so a route that only reads a request carries none of them.
 */

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

export type QuestionType = (typeof questionTypes)[number];
