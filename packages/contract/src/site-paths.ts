/**
 * The site's pages, one list for everything that routes them: the SPA's router (web/src/main.tsx),
 * CloudFront's routing functions (web/edge-routing.ts, stacks/Hosting.ts) and the local dev and preview
 * servers (web/share-pages.ts). A path that is none of these, and no file, is a 404 everywhere.
 * `:name` is one path segment. `event` is the share page: pre-rendered HTML per published slug.
 * This module imports nothing: the web build's config loads it (through web/edge-routing.ts) with Node as it is.
 */
export const appPaths = {
  home: "/",
  event: "/e/:slug",
  signIn: "/signin",
  signUp: "/signup",
  forgotPassword: "/forgot-password",
  resetPassword: "/reset-password",
  myBookings: "/me/bookings",
  /** One booking, with its check-in code (the confirmation email links here). */
  myBooking: "/me/bookings/:id",
  myWaitlist: "/me/waitlist",
  /** Where a waitlist offer's email sends the fan (claimPage). */
  claimOffer: "/me/waitlist/:id/claim",
  account: "/me/account",
  /** Where a reminder's release link sends the fan (releasePage). */
  release: "/release",
  adminSignIn: "/admin/signin",
  /** Where the hosted UI sends the browser back after sign-in (the user pool client's callback URL). */
  authCallback: "/auth/callback",
  admin: "/admin",
  newEvent: "/admin/events/new",
  adminEvent: "/admin/events/:id",
  /** The door: scan or search bookings and mark arrivals (a booking's QR code opens it at that booking). */
  checkIn: "/admin/events/:id/check-in",
} as const;

/** `value` as one path segment in place of `:name`. */
const segment = (path: string, name: string, value: string) => path.replace(`:${name}`, encodeURIComponent(value));

/** An event's public page (its share page once published). */
export const eventPage = (slug: string) => segment(appPaths.event, "slug", slug);
/** One of the fan's bookings, with its check-in code. */
export const bookingPage = (bookingId: string) => segment(appPaths.myBooking, "id", bookingId);
/** The organiser's page of one event. */
export const adminEventPage = (eventId: string) => segment(appPaths.adminEvent, "id", eventId);
/**
 * The organiser's check-in page of an event; at one booking, what that booking's QR code says, so any camera
 * app opens it.
 */
export const checkInPage = (eventId: string, bookingId?: string) =>
  `${segment(appPaths.checkIn, "id", eventId)}${bookingId === undefined ? "" : `?booking=${encodeURIComponent(bookingId)}`}`;
/** Where a waitlist offer is claimed. */
export const claimPage = (entryId: string) => segment(appPaths.claimOffer, "id", entryId);
/** Where a reminder's signed release link goes. */
export const releasePage = (token: string) => `${appPaths.release}?token=${encodeURIComponent(token)}`;
