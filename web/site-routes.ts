/**
 * The app's pages, one list for everything that routes them: the SPA's router (src/main.tsx), CloudFront's
 * routing functions (edge-routing.ts, stacks/Hosting.ts) and the local dev and preview servers
 * (share-pages.ts). A path that is none of these, and no file, is a 404 everywhere.
 * `:name` is one path segment. `event` is the share page: pre-rendered HTML per published slug.
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
  /** Where a waitlist offer's email sends the fan (claimPagePath in packages/core/src/notifications/messages.ts). */
  claimOffer: "/me/waitlist/:id/claim",
  account: "/me/account",
  /** Where a reminder's release link sends the fan (releasePagePath in packages/core/src/notifications/reminder-message.ts). */
  release: "/release",
  adminSignIn: "/admin/signin",
  authCallback: "/auth/callback",
  admin: "/admin",
  newEvent: "/admin/events/new",
  adminEvent: "/admin/events/:id",
  /** The door: scan or search bookings and mark arrivals (a booking's QR code opens it at that booking). */
  checkIn: "/admin/events/:id/check-in",
} as const;

/** What the SPA shows for any other path (the router's catch-all). */
export const notFoundPath = "*404";
