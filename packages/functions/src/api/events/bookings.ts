import { httpHandler } from "../../http/handler";
import * as routes from "../../routes";
import { bookings } from "../../services";

export const handler = httpHandler(routes.eventBookings, async ({ caller, params }) => ({ status: 200, body: await bookings().ofEvent(caller, params.id) }));
