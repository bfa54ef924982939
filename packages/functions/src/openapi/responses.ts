import {
  bookingListSchema,
  bookingSchema,
  eventListSchema,
  eventSchema,
  eventWaitlistSchema,
  healthDegradedSchema,
  healthReportSchema,
  healthSchema,
  profileSchema,
  publicEventListSchema,
  publicEventSchema,
  publicSlotListSchema,
  refreshedSchema,
  registeredSchema,
  releaseViewSchema,
  sessionSchema,
  tokensSchema,
  waitlistEntrySchema,
  waitlistListSchema,
} from "@slotbook/contract";
import * as z from "zod/mini";

/**
 * The schemas of the routes' success answers, by the name a route's spec gives them (RouteSpec.responses).
 * Only the OpenAPI document uses them: a route's function never checks its own answer, so no handler carries
 * these (nor zod, when it validates nothing).
 */
export const responseSchemas = {
  Health: z.union([healthSchema, healthReportSchema]),
  HealthDegraded: healthDegradedSchema,
  Session: sessionSchema,
  Registered: registeredSchema,
  Tokens: tokensSchema,
  RefreshedTokens: refreshedSchema,
  Profile: profileSchema,
  Event: eventSchema,
  EventList: eventListSchema,
  PublicEvent: publicEventSchema,
  PublicEventList: publicEventListSchema,
  PublicSlotList: publicSlotListSchema,
  Booking: bookingSchema,
  BookingList: bookingListSchema,
  ReleaseView: releaseViewSchema,
  WaitlistEntry: waitlistEntrySchema,
  WaitlistList: waitlistListSchema,
  EventWaitlist: eventWaitlistSchema,
};

export type ResponseSchemaName = keyof typeof responseSchemas;
