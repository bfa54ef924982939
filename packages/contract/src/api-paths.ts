/*
 * The API's paths, one constant per path in API Gateway's template syntax: the route table serves each
 * (packages/functions/src/routes.ts) and clients build their URLs from them (apiPath in api-path.ts). Plain string
 * exports, so a bundle carries only the paths it names.
 */
export const health = "/api/health";
export const openapi = "/api/openapi.json";

export const session = "/api/auth/session";
export const register = "/api/auth/register";
export const confirm = "/api/auth/confirm";
export const resendConfirmation = "/api/auth/confirm/resend";
export const login = "/api/auth/login";
export const refresh = "/api/auth/refresh";
export const logout = "/api/auth/logout";
export const forgotPassword = "/api/auth/password/forgot";
export const resetPassword = "/api/auth/password/reset";
export const requestCode = "/api/auth/code";
export const verifyCode = "/api/auth/code/verify";

export const profile = "/api/users/profile";
export const password = "/api/users/password";

export const events = "/api/events";
export const event = "/api/events/{id}";
export const eventPublish = "/api/events/{id}/publish";
export const eventBookings = "/api/events/{id}/bookings";
export const eventBooking = "/api/events/{id}/bookings/{bookingId}";
export const eventBookingCheckIn = "/api/events/{id}/bookings/{bookingId}/check-in";
export const eventWaitlist = "/api/events/{id}/waitlist";

export const publicEvents = "/api/events/public";
export const publicEvent = "/api/events/public/{url}";
export const publicEventSlots = "/api/events/public/{url}/slots";

export const bookings = "/api/bookings";
export const booking = "/api/bookings/{id}";
export const bookingCalendar = "/api/bookings/{id}/calendar";
export const bookingMove = "/api/bookings/{id}/move";
export const bookingRelease = "/api/bookings/release";

export const waitlist = "/api/waitlist";
export const waitlistEntry = "/api/waitlist/{id}";
export const waitlistClaim = "/api/waitlist/{id}/claim";
