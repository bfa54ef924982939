import { httpHandler } from "../../http/handler";
import * as routes from "../../routes";
import { bookings } from "../../services";

export const handler = httpHandler(routes.createBooking, async ({ caller, body, headers }) => ({
  status: 201,
  body: await bookings().book(caller, body, headers["idempotency-key"]),
}));
