import { httpHandler } from "../../http/handler";
import * as routes from "../../routes";
import { bookings } from "../../services";

export const handler = httpHandler(routes.cancelEventBooking, async ({ caller, params }) => {
  await bookings().cancelAsOrganiser(caller, params.id, params.bookingId);
  return { status: 204 };
});
