import {
  changePasswordInput,
  createBookingInput,
  confirmInput,
  emailOnlyInput,
  loginInput,
  refreshInput,
  registerInput,
  resetPasswordInput,
  requestCodeInput,
  verifyCodeInput,
  updateProfileInput,
  joinWaitlistInput,
  moveBookingInput,
  releaseInput,
} from "@slotbook/contract";
import * as apiPaths from "@slotbook/contract/api-paths";
import { createEventInput, updateEventInput } from "@slotbook/core/events/write-inputs";
import { eventBookingParams, healthQuery, idempotencyHeaders, idParams, pageQuery, releaseQuery, slugParams } from "./http/params";
import type { RouteSpec } from "./http/route-spec";

/*
 * Each route is its own export, and its spec is free of side effects (the `@__NO_SIDE_EFFECTS__` mark tells
 * esbuild so of `fn`), so a handler that imports this module as a namespace
 * (`import * as routes from "../routes"`, then `routes.login`) is bundled with its own route's spec and
 * request schemas only, not with every route's. Success answers name their schema (openapi/responses.ts), which
 * only the OpenAPI document imports. The `routes` table below is for what needs them all.
 */

const fn = /* @__NO_SIDE_EFFECTS__ */ (name: string) => `packages/functions/src/api/${name}.handler`;

/**
 * Public pages' data at the edge: fresh for 5 s, then served stale for up to 25 s more while one request per
 * edge location refreshes it. A rush of page views is a handful of origin requests per location.
 */
const publicPageCache = { sMaxAgeSeconds: 5, staleWhileRevalidateSeconds: 25 };

/** Every route's throttle unless it names its own: room for a rush of fans on a popular event. */
export const defaultThrottle = { burstLimit: 2000, rateLimit: 1000 };

/** Sign-in and code requests are throttled per route before any Lambda runs, within Cognito's own auth quota. */
const credentialThrottle = { burstLimit: 200, rateLimit: 100 };

export const health = {
  method: "GET",
  path: apiPaths.health,
  handler: fn("health"),
  auth: "public",
  // Only `?deep=1` calls anything: one GetItem, and Cognito's GetUser with a dummy token (not IAM-authorized).
  calls: { dynamodb: 1, cognito: 1, ses: 0 },
  access: { table: ["GetItem"] },
  summary: "Liveness check; with ?deep=1 a readiness check of DynamoDB, Cognito and SES",
  tags: ["meta"],
  request: { query: healthQuery },
  responses: {
    200: { description: "The API is up (with ?deep=1: and every dependency answers)", schema: "Health" },
    503: { description: "?deep=1 only: a dependency can't be reached (UNAVAILABLE, with Retry-After)", schema: "HealthDegraded" },
  },
} as const satisfies RouteSpec;

export const openapi = {
  method: "GET",
  path: apiPaths.openapi,
  handler: fn("openapi"),
  auth: "public",
  calls: { dynamodb: 0, cognito: 0, ses: 0 },
  access: {},
  summary: "This API's OpenAPI 3.1 document",
  tags: ["meta"],
  responses: { 200: { description: "OpenAPI 3.1 document" } },
} as const satisfies RouteSpec;

export const session = {
  method: "GET",
  path: apiPaths.session,
  handler: fn("session"),
  auth: "user",
  calls: { dynamodb: 0, cognito: 0, ses: 0 },
  access: {},
  summary: "Who the bearer token belongs to, read from its verified claims",
  tags: ["auth"],
  responses: { 200: { description: "The caller's identity and role", schema: "Session" } },
} as const satisfies RouteSpec;

export const register = {
  method: "POST",
  path: apiPaths.register,
  handler: fn("auth/register"),
  errors: ["EMAIL_TAKEN"],
  auth: "public",
  calls: { dynamodb: 0, cognito: 3, ses: 0 },
  access: { cognito: ["AdminAddUserToGroup", "AdminDeleteUser"] },
  summary: "Sign up as a fan; a confirmation code is emailed",
  tags: ["auth"],
  request: { body: registerInput },
  throttle: credentialThrottle,
  responses: { 201: { description: "Registered; confirm with the emailed code", schema: "Registered" } },
} as const satisfies RouteSpec;

export const confirm = {
  method: "POST",
  path: apiPaths.confirm,
  handler: fn("auth/confirm"),
  errors: ["CONFLICT"],
  auth: "public",
  calls: { dynamodb: 0, cognito: 1, ses: 0 },
  access: {},
  summary: "Confirm an email address with the emailed code",
  tags: ["auth"],
  request: { body: confirmInput },
  throttle: credentialThrottle,
  responses: { 204: { description: "Confirmed; the account can sign in" } },
} as const satisfies RouteSpec;

export const resendConfirmation = {
  method: "POST",
  path: apiPaths.resendConfirmation,
  handler: fn("auth/resend-confirmation"),
  auth: "public",
  calls: { dynamodb: 0, cognito: 1, ses: 0 },
  access: {},
  summary: "Email a new confirmation code (same answer whether or not the email has an account)",
  tags: ["auth"],
  request: { body: emailOnlyInput },
  throttle: credentialThrottle,
  responses: { 202: { description: "A code is on its way if the account exists and is unconfirmed" } },
} as const satisfies RouteSpec;

export const login = {
  method: "POST",
  path: apiPaths.login,
  handler: fn("auth/login"),
  errors: ["UNAUTHORIZED"],
  auth: "public",
  calls: { dynamodb: 0, cognito: 1, ses: 0 },
  access: {},
  summary: "Sign in with email and password",
  tags: ["auth"],
  request: { body: loginInput },
  throttle: credentialThrottle,
  responses: { 200: { description: "Tokens and the user", schema: "Tokens" } },
} as const satisfies RouteSpec;

export const refresh = {
  method: "POST",
  path: apiPaths.refresh,
  handler: fn("auth/refresh"),
  errors: ["UNAUTHORIZED"],
  auth: "public",
  calls: { dynamodb: 0, cognito: 1, ses: 0 },
  access: {},
  summary: "New access and id tokens from a refresh token",
  tags: ["auth"],
  request: { body: refreshInput },
  responses: { 200: { description: "Fresh tokens", schema: "RefreshedTokens" } },
} as const satisfies RouteSpec;

export const logout = {
  method: "POST",
  path: apiPaths.logout,
  handler: fn("auth/logout"),
  auth: "user",
  calls: { dynamodb: 0, cognito: 1, ses: 0 },
  access: {},
  summary: "Sign out: the refresh token is revoked",
  tags: ["auth"],
  request: { body: refreshInput },
  responses: { 204: { description: "Signed out" } },
} as const satisfies RouteSpec;

export const forgotPassword = {
  method: "POST",
  path: apiPaths.forgotPassword,
  handler: fn("auth/forgot-password"),
  auth: "public",
  calls: { dynamodb: 0, cognito: 1, ses: 0 },
  access: {},
  summary: "Email a password-reset code (same answer whether or not the email has an account)",
  tags: ["auth"],
  request: { body: emailOnlyInput },
  throttle: credentialThrottle,
  responses: { 202: { description: "A code is on its way if the account exists" } },
} as const satisfies RouteSpec;

export const resetPassword = {
  method: "POST",
  path: apiPaths.resetPassword,
  handler: fn("auth/reset-password"),
  errors: ["UNAUTHORIZED"],
  auth: "public",
  calls: { dynamodb: 0, cognito: 1, ses: 0 },
  access: {},
  summary: "Set a new password with the emailed reset code",
  tags: ["auth"],
  request: { body: resetPasswordInput },
  throttle: credentialThrottle,
  responses: { 204: { description: "Password changed" } },
} as const satisfies RouteSpec;

export const requestSignInCode = {
  method: "POST",
  path: apiPaths.requestCode,
  handler: fn("auth/request-code"),
  auth: "public",
  // The email's code record (a fresh window, or one more send in it), its account's groups (no code for an
  // organiser), the email.
  calls: { dynamodb: 2, cognito: 1, ses: 1 },
  access: { table: ["UpdateItem"], cognito: ["AdminListGroupsForUser"], sendMail: true },
  summary: "Email a one-time sign-in code (the same answer whether or not the email has an account)",
  tags: ["auth"],
  request: { body: requestCodeInput },
  throttle: credentialThrottle,
  responses: { 202: { description: "A code is on its way, unless the email belongs to an organiser (who signs in with a password)" } },
} as const satisfies RouteSpec;

export const verifySignInCode = {
  method: "POST",
  path: apiPaths.verifyCode,
  handler: fn("auth/verify-code"),
  errors: ["UNAUTHORIZED"],
  auth: "public",
  // The guess counted, the code used up, a new fan's profile; Cognito: the account's groups, a new fan's
  // account, password and group (or an unconfirmed account confirmed), then the custom sign-in's two calls.
  calls: { dynamodb: 3, cognito: 6, ses: 0 },
  access: { table: ["UpdateItem"], cognito: ["AdminListGroupsForUser", "AdminCreateUser", "AdminSetUserPassword", "AdminAddUserToGroup", "AdminConfirmSignUp"] },
  summary: "Sign in with an emailed code; a new email becomes a fan account",
  tags: ["auth"],
  request: { body: verifyCodeInput },
  throttle: credentialThrottle,
  responses: { 200: { description: "Tokens and the user, as a password sign-in answers", schema: "Tokens" } },
} as const satisfies RouteSpec;

export const getProfile = {
  method: "GET",
  path: apiPaths.profile,
  handler: fn("users/get-profile"),
  auth: "user",
  // The profile in the table; only an account that has none yet (made before profiles were) is read from
  // Cognito once and copied.
  calls: { dynamodb: 2, cognito: 1, ses: 0 },
  access: { table: ["GetItem", "UpdateItem"], cognito: ["AdminGetUser"] },
  summary: "The caller's profile",
  tags: ["users"],
  responses: { 200: { description: "Profile", schema: "Profile" } },
} as const satisfies RouteSpec;

export const updateProfile = {
  method: "PUT",
  path: apiPaths.profile,
  handler: fn("users/update-profile"),
  auth: "user",
  // The profile (is there a phone to opt in with?), the change; an account without a copy yet: its copy first.
  calls: { dynamodb: 3, cognito: 3, ses: 0 },
  access: { table: ["GetItem", "UpdateItem"], cognito: ["AdminUpdateUserAttributes", "AdminDeleteUserAttributes", "AdminGetUser"] },
  summary: "Change name, phone or the SMS opt-in (email is read-only)",
  tags: ["users"],
  request: { body: updateProfileInput },
  responses: { 200: { description: "The updated profile", schema: "Profile" } },
} as const satisfies RouteSpec;

export const changePassword = {
  method: "PUT",
  path: apiPaths.password,
  handler: fn("users/change-password"),
  errors: ["UNAUTHORIZED"],
  auth: "user",
  calls: { dynamodb: 0, cognito: 1, ses: 0 },
  access: {},
  summary: "Change the password, given the current one",
  tags: ["users"],
  request: { body: changePasswordInput },
  responses: { 204: { description: "Password changed" } },
} as const satisfies RouteSpec;

export const createEvent = {
  method: "POST",
  path: apiPaths.events,
  handler: fn("events/create"),
  auth: "user",
  calls: { dynamodb: 1, cognito: 0, ses: 0 },
  access: { table: ["PutItem"] },
  roles: ["admin"],
  summary: "Create an event with its slots (unpublished), and optionally its location and the questions fans answer when booking",
  tags: ["events"],
  request: { body: createEventInput },
  responses: { 201: { description: "The new event", schema: "Event" } },
} as const satisfies RouteSpec;

export const listEvents = {
  method: "GET",
  path: apiPaths.events,
  handler: fn("events/list"),
  auth: "user",
  // The page, then its slots' counters by key (two reads for a page of one event of over 100 slots).
  calls: { dynamodb: 3, cognito: 0, ses: 0 },
  access: { table: ["BatchGetItem"], indexes: ["byOwner"] },
  roles: ["admin"],
  summary: "The caller's events, newest first",
  tags: ["events"],
  request: { query: pageQuery },
  responses: { 200: { description: "A page of events", schema: "EventList" } },
} as const satisfies RouteSpec;

export const listPublicEvents = {
  method: "GET",
  path: apiPaths.publicEvents,
  handler: fn("public/list"),
  edgeCache: publicPageCache,
  auth: "public",
  // The page, then its slots' counters by key (two reads for a page of one event of over 100 slots).
  calls: { dynamodb: 3, cognito: 0, ses: 0 },
  access: { table: ["BatchGetItem"], indexes: ["byPublication"] },
  summary: "Published upcoming events, soonest first",
  tags: ["public"],
  request: { query: pageQuery },
  responses: { 200: { description: "A page of public events", schema: "PublicEventList" } },
} as const satisfies RouteSpec;

export const getPublicEvent = {
  method: "GET",
  path: apiPaths.publicEvent,
  handler: fn("public/get"),
  edgeCache: publicPageCache,
  errors: ["NOT_FOUND"],
  auth: "public",
  // The public page, then its counters by key: no partition shared by the event (two reads past 100 slots).
  calls: { dynamodb: 3, cognito: 0, ses: 0 },
  access: { table: ["GetItem", "BatchGetItem"] },
  summary: "A published event by its address, with live availability, its location and the questions booking asks",
  tags: ["public"],
  request: { params: slugParams },
  responses: { 200: { description: "The public event", schema: "PublicEvent" } },
} as const satisfies RouteSpec;

export const getPublicSlots = {
  method: "GET",
  path: apiPaths.publicEventSlots,
  handler: fn("public/slots"),
  edgeCache: publicPageCache,
  errors: ["NOT_FOUND"],
  auth: "public",
  // The public page, then its counters by key: no partition shared by the event (two reads past 100 slots).
  calls: { dynamodb: 3, cognito: 0, ses: 0 },
  access: { table: ["GetItem", "BatchGetItem"] },
  summary: "A published event's slots with live availability",
  tags: ["public"],
  request: { params: slugParams },
  responses: { 200: { description: "The slots", schema: "PublicSlotList" } },
} as const satisfies RouteSpec;

export const getEvent = {
  method: "GET",
  path: apiPaths.event,
  handler: fn("events/get"),
  errors: ["NOT_FOUND"],
  auth: "user",
  // The event, then its counters by key (two reads past 100 slots).
  calls: { dynamodb: 3, cognito: 0, ses: 0 },
  access: { table: ["GetItem", "BatchGetItem"] },
  roles: ["admin"],
  summary: "One of the caller's events",
  tags: ["events"],
  request: { params: idParams },
  responses: { 200: { description: "The event", schema: "Event" } },
} as const satisfies RouteSpec;

export const updateEvent = {
  method: "PUT",
  path: apiPaths.event,
  handler: fn("events/update"),
  errors: ["NOT_FOUND", "HAS_BOOKINGS", "CONFLICT"],
  auth: "user",
  // Read, one transaction, then (published) one write per slot copying what booking needs onto its counter.
  calls: { dynamodb: "proportional", cognito: 0, ses: 0 },
  access: { table: ["GetItem", "PutItem", "UpdateItem", "BatchGetItem"] },
  roles: ["admin"],
  summary: "Change an event; slots are kept by id, and booked slots can't be removed, moved or shrunk below their bookings",
  tags: ["events"],
  request: { params: idParams, body: updateEventInput },
  responses: { 200: { description: "The updated event", schema: "Event" } },
} as const satisfies RouteSpec;

export const deleteEvent = {
  method: "DELETE",
  path: apiPaths.event,
  handler: fn("events/delete"),
  errors: ["NOT_FOUND"],
  auth: "user",
  calls: { dynamodb: "proportional", cognito: 0, ses: 0 },
  access: { table: ["GetItem", "Query", "UpdateItem", "DeleteItem"] },
  roles: ["admin"],
  summary: "Delete an event; its bookings are cancelled and their fans told",
  tags: ["events"],
  request: { params: idParams },
  responses: { 204: { description: "Deleted" } },
} as const satisfies RouteSpec;

export const publishEvent = {
  method: "POST",
  path: apiPaths.eventPublish,
  handler: fn("events/publish"),
  errors: ["NOT_FOUND", "CONFLICT"],
  auth: "user",
  // Read, one transaction (event, slug), then one write per slot opening its counter for booking.
  calls: { dynamodb: "proportional", cognito: 0, ses: 0 },
  access: { table: ["GetItem", "PutItem", "UpdateItem", "BatchGetItem"] },
  roles: ["admin"],
  summary: "Publish an event at a unique, stable public address",
  tags: ["events"],
  request: { params: idParams },
  responses: { 200: { description: "The published event with its slug", schema: "Event" } },
} as const satisfies RouteSpec;

export const eventBookings = {
  method: "GET",
  path: apiPaths.eventBookings,
  handler: fn("events/bookings"),
  errors: ["NOT_FOUND"],
  auth: "user",
  // The event (owner check), then each slot's own bookings: no index partition that every booking writes to.
  calls: { dynamodb: "proportional", cognito: 0, ses: 0 },
  access: { table: ["GetItem", "Query"] },
  roles: ["admin"],
  summary: "Who booked the event, by slot start, with contact details",
  tags: ["events"],
  request: { params: idParams },
  responses: { 200: { description: "The event's bookings", schema: "BookingList" } },
} as const satisfies RouteSpec;

export const createBooking = {
  method: "POST",
  path: apiPaths.bookings,
  handler: fn("bookings/create"),
  errors: ["NOT_FOUND", "SLOT_FULL", "ALREADY_BOOKED", "SLOT_IN_PAST", "NOT_OPEN_YET", "BOOKING_CLOSED", "LIMIT_REACHED", "CONFLICT"],
  auth: "user",
  // One read and one transaction; read and write once more only if a waitlist offer took seats in between.
  // A fan already booked who sent an Idempotency-Key: one read of that key's record (a retry is answered
  // with its booking, anything else is ALREADY_BOOKED).
  calls: { dynamodb: 4, cognito: 0, ses: 0 },
  access: { table: ["BatchGetItem", "GetItem", "PutItem", "UpdateItem"] },
  roles: ["fan"],
  summary: "Book a seat in a slot, answering the event's questions; send an Idempotency-Key header to make retries safe",
  tags: ["bookings"],
  request: { body: createBookingInput, headers: idempotencyHeaders },
  responses: { 201: { description: "The booking", schema: "Booking" } },
} as const satisfies RouteSpec;

export const listBookings = {
  method: "GET",
  path: apiPaths.bookings,
  handler: fn("bookings/list"),
  auth: "user",
  calls: { dynamodb: 1, cognito: 0, ses: 0 },
  access: { indexes: ["byOwner"] },
  roles: ["fan"],
  summary: "The caller's bookings, soonest first",
  tags: ["bookings"],
  responses: { 200: { description: "The bookings", schema: "BookingList" } },
} as const satisfies RouteSpec;

export const getBooking = {
  method: "GET",
  path: apiPaths.booking,
  handler: fn("bookings/get"),
  errors: ["NOT_FOUND"],
  auth: "user",
  calls: { dynamodb: 1, cognito: 0, ses: 0 },
  access: { table: ["GetItem"] },
  roles: ["fan"],
  summary: "One of the caller's bookings",
  tags: ["bookings"],
  request: { params: idParams },
  responses: { 200: { description: "The booking", schema: "Booking" } },
} as const satisfies RouteSpec;

export const bookingCalendar = {
  method: "GET",
  path: apiPaths.bookingCalendar,
  handler: fn("bookings/calendar"),
  errors: ["NOT_FOUND"],
  auth: "user",
  calls: { dynamodb: 2, cognito: 0, ses: 0 },
  access: { table: ["GetItem", "BatchGetItem"] },
  roles: ["fan"],
  summary: "One of the caller's bookings as an iCalendar invite (.ics), for 'Add to calendar'",
  tags: ["bookings"],
  request: { params: idParams },
  responses: { 200: { description: "The calendar invite", contentType: "text/calendar" } },
} as const satisfies RouteSpec;

export const cancelBooking = {
  method: "DELETE",
  path: apiPaths.booking,
  handler: fn("bookings/cancel"),
  errors: ["NOT_FOUND"],
  auth: "user",
  // The booking (its seats), then one transaction: the booking, its seats back, the fan's per-event count.
  calls: { dynamodb: 2, cognito: 0, ses: 0 },
  access: { table: ["GetItem", "UpdateItem", "DeleteItem"] },
  roles: ["fan"],
  summary: "Cancel a booking; the seat is free again at once",
  tags: ["bookings"],
  request: { params: idParams },
  responses: { 204: { description: "Cancelled" } },
} as const satisfies RouteSpec;

export const moveBooking = {
  method: "POST",
  path: apiPaths.bookingMove,
  handler: fn("bookings/move"),
  errors: ["NOT_FOUND", "SLOT_FULL", "ALREADY_BOOKED", "SLOT_IN_PAST", "NOT_OPEN_YET", "BOOKING_CLOSED", "CONFLICT"],
  auth: "user",
  // One read (the booking, the target slot's counter, the fan's booking of it), one transaction; read and write
  // once more if a waitlist offer took seats in between; one more read if a racing retry made the move first.
  calls: { dynamodb: 5, cognito: 0, ses: 0 },
  access: { table: ["BatchGetItem", "GetItem", "PutItem", "UpdateItem", "DeleteItem"] },
  roles: ["fan"],
  summary: "Move a booking to another slot of its event in one atomic step (a full slot leaves it as it was); the fan gets an updated invite",
  tags: ["bookings"],
  request: { params: idParams, body: moveBookingInput },
  responses: { 200: { description: "The booking in its new slot (a new id: booking ids name their slot)", schema: "Booking" } },
} as const satisfies RouteSpec;

export const viewRelease = {
  method: "GET",
  path: apiPaths.bookingRelease,
  handler: fn("bookings/release-view"),
  errors: ["UNAUTHORIZED", "NOT_FOUND", "SLOT_IN_PAST"],
  auth: "public",
  // The booking the link names, by key.
  calls: { dynamodb: 1, cognito: 0, ses: 0 },
  access: { table: ["GetItem"] },
  summary: "The booking a reminder's release link would cancel (the link's signed token is the only credential; it expires when the slot starts)",
  tags: ["bookings"],
  request: { query: releaseQuery },
  responses: { 200: { description: "The booking, for the page that asks to confirm", schema: "ReleaseView" } },
} as const satisfies RouteSpec;

export const releaseBooking = {
  method: "POST",
  path: apiPaths.bookingRelease,
  handler: fn("bookings/release"),
  errors: ["UNAUTHORIZED", "NOT_FOUND", "SLOT_IN_PAST"],
  auth: "public",
  // The booking (its seats), then the cancel's one transaction: the booking, its seats back, the per-event count.
  calls: { dynamodb: 2, cognito: 0, ses: 0 },
  access: { table: ["GetItem", "UpdateItem", "DeleteItem"] },
  summary: "Release the seat of the booking a reminder's link names: it is cancelled, and the seat goes to the waitlist",
  tags: ["bookings"],
  request: { body: releaseInput },
  responses: { 204: { description: "Released: the booking is cancelled (the fan and the organiser are told by email)" } },
} as const satisfies RouteSpec;

export const cancelEventBooking = {
  method: "DELETE",
  path: apiPaths.eventBooking,
  handler: fn("events/cancel-booking"),
  errors: ["NOT_FOUND"],
  auth: "user",
  // The event (owner check), the booking marked "cancelled by the organiser", then the cancel transaction.
  calls: { dynamodb: 3, cognito: 0, ses: 0 },
  access: { table: ["GetItem", "UpdateItem", "DeleteItem"] },
  roles: ["admin"],
  summary: "Cancel one booking of the caller's event; the seat is free again at once and the fan is told by email",
  tags: ["events"],
  request: { params: eventBookingParams },
  responses: { 204: { description: "Cancelled" } },
} as const satisfies RouteSpec;

export const checkInBooking = {
  method: "POST",
  path: apiPaths.eventBookingCheckIn,
  handler: fn("events/check-in"),
  errors: ["NOT_FOUND"],
  auth: "user",
  // The event (owner check), then one conditional update of the booking's own item.
  calls: { dynamodb: 2, cognito: 0, ses: 0 },
  access: { table: ["GetItem", "UpdateItem"] },
  roles: ["admin"],
  summary: "Mark a booking of the caller's event as arrived (check-in at the door); again, it stays as it was",
  tags: ["events"],
  request: { params: eventBookingParams },
  responses: { 200: { description: "The booking, with checkedInAt (the first check-in's time)", schema: "Booking" } },
} as const satisfies RouteSpec;

export const notFound = {
  method: "ANY",
  path: "/{proxy+}",
  handler: fn("not-found"),
  auth: "public",
  calls: { dynamodb: 0, cognito: 0, ses: 0 },
  access: {},
  summary: "Any path no other route matches: the contract's 404 body instead of API Gateway's",
  responses: {},
  documented: false,
} as const satisfies RouteSpec;

export const joinWaitlist = {
  method: "POST",
  path: apiPaths.waitlist,
  handler: fn("waitlist/join"),
  errors: ["NOT_FOUND", "CONFLICT", "ALREADY_BOOKED", "SLOT_IN_PAST", "NOT_OPEN_YET", "BOOKING_CLOSED", "LIMIT_REACHED"],
  auth: "user",
  // The slot's counter and the fan's items in one read, one transaction, then the queue for the position.
  calls: { dynamodb: 3, cognito: 0, ses: 0 },
  access: { table: ["BatchGetItem", "PutItem", "UpdateItem", "Query"] },
  roles: ["fan"],
  summary: "Queue for a full slot, answering the event's questions (joining twice gives the same entry)",
  tags: ["waitlist"],
  request: { body: joinWaitlistInput },
  responses: { 201: { description: "The fan's place in the queue", schema: "WaitlistEntry" } },
} as const satisfies RouteSpec;

export const listWaitlist = {
  method: "GET",
  path: apiPaths.waitlist,
  handler: fn("waitlist/list"),
  auth: "user",
  // The fan's entries, then each slot's queue they wait in (a fan waits for at most 10 slots at once).
  calls: { dynamodb: 11, cognito: 0, ses: 0 },
  access: { table: ["Query"], indexes: ["byOwner"] },
  roles: ["fan"],
  summary: "The caller's waitlist entries and offers, with their positions",
  tags: ["waitlist"],
  responses: { 200: { description: "The entries", schema: "WaitlistList" } },
} as const satisfies RouteSpec;

export const leaveWaitlist = {
  method: "DELETE",
  path: apiPaths.waitlistEntry,
  handler: fn("waitlist/leave"),
  errors: ["NOT_FOUND", "CONFLICT"],
  auth: "user",
  calls: { dynamodb: 2, cognito: 0, ses: 0 },
  access: { table: ["GetItem", "UpdateItem"] },
  roles: ["fan"],
  summary: "Leave a waitlist; seats held for an offer go to the next fan",
  tags: ["waitlist"],
  request: { params: idParams },
  responses: { 204: { description: "Left" } },
} as const satisfies RouteSpec;

export const claimOffer = {
  method: "POST",
  path: apiPaths.waitlistClaim,
  handler: fn("waitlist/claim"),
  errors: ["NOT_FOUND", "OFFER_EXPIRED", "NOT_ON_WAITLIST", "ALREADY_BOOKED", "LIMIT_REACHED"],
  auth: "user",
  // The entry, then one transaction: offer → claimed while it holds, held seats → booked, the booking.
  calls: { dynamodb: 2, cognito: 0, ses: 0 },
  access: { table: ["GetItem", "PutItem", "UpdateItem"] },
  roles: ["fan"],
  summary: "Claim an offered seat while the offer holds",
  tags: ["waitlist"],
  request: { params: idParams },
  responses: { 201: { description: "The booking", schema: "Booking" } },
} as const satisfies RouteSpec;

export const eventWaitlist = {
  method: "GET",
  path: apiPaths.eventWaitlist,
  handler: fn("events/waitlist"),
  errors: ["NOT_FOUND"],
  auth: "user",
  // The event (owner check), then each slot's queue.
  calls: { dynamodb: "proportional", cognito: 0, ses: 0 },
  access: { table: ["GetItem", "Query"] },
  roles: ["admin"],
  summary: "Each slot's waitlist, in order, with live offers",
  tags: ["events"],
  request: { params: idParams },
  responses: { 200: { description: "The waitlists", schema: "EventWaitlist" } },
} as const satisfies RouteSpec;

/**
 * THE route table: the single source of truth for API Gateway (stacks/Api.ts), the local gateway
 * (packages/local), the OpenAPI document and the authorization tests. A route added here exists everywhere.
 */
export const routes = {
  health,
  openapi,
  session,
  register,
  confirm,
  resendConfirmation,
  login,
  refresh,
  logout,
  forgotPassword,
  resetPassword,
  requestSignInCode,
  verifySignInCode,
  getProfile,
  updateProfile,
  changePassword,
  createEvent,
  listEvents,
  listPublicEvents,
  getPublicEvent,
  getPublicSlots,
  getEvent,
  updateEvent,
  deleteEvent,
  publishEvent,
  eventBookings,
  createBooking,
  listBookings,
  getBooking,
  bookingCalendar,
  cancelBooking,
  moveBooking,
  viewRelease,
  releaseBooking,
  cancelEventBooking,
  checkInBooking,
  eventWaitlist,
  joinWaitlist,
  listWaitlist,
  leaveWaitlist,
  claimOffer,
  notFound,
} as const satisfies Record<string, RouteSpec>;

export type RouteName = keyof typeof routes;
const listOf = /* @__NO_SIDE_EFFECTS__ */ (table: Record<string, RouteSpec>): ReadonlyArray<RouteSpec & { name: string }> =>
  Object.entries(table).map(([name, route]) => ({ name, ...route }));
export const routeList = listOf(routes);
