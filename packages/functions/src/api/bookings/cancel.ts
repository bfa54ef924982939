import { httpHandler } from "../../http/handler";
import * as routes from "../../routes";
import { bookings } from "../../services";

export const handler = httpHandler(routes.cancelBooking, async ({ caller, params }) => {
  await bookings().cancel(caller, params.id);
  return { status: 204 };
});
