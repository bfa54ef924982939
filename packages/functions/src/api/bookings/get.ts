import { httpHandler } from "../../http/handler";
import * as routes from "../../routes";
import { bookings } from "../../services";

export const handler = httpHandler(routes.getBooking, async ({ caller, params }) => ({ status: 200, body: await bookings().get(caller, params.id) }));
