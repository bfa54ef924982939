import { createEventInputSchema, updateEventInputSchema } from "@slotbook/contract";
import { canonicalTimeZone } from "./time";

/**
 * What admins send to create or change an event, with time zones checked against the tz database and stored
 * by their canonical names (the contract's schemas take the database from here). Apart from the other
 * schemas, so that only what writes events carries the database.
 */
// Marked pure: a route that uses one of them builds only that one.
export const createEventInput = /* @__PURE__ */ createEventInputSchema(canonicalTimeZone);
export const updateEventInput = /* @__PURE__ */ updateEventInputSchema(canonicalTimeZone);
