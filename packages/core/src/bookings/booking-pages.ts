/** The site's pages for one booking (the web app routes them: web/site-routes.ts `myBooking` and `checkIn`). */
export const bookingPagePath = (bookingId: string) => `/me/bookings/${encodeURIComponent(bookingId)}`;

/** The organiser's check-in page at one booking: what the booking's QR code says, so any camera app opens it. */
export const checkInPagePath = (eventId: string, bookingId: string) =>
  `/admin/events/${encodeURIComponent(eventId)}/check-in?booking=${encodeURIComponent(bookingId)}`;
