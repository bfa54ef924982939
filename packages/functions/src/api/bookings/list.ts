import { httpHandler } from "../../http/handler";
import * as routes from "../../routes";
import { bookings } from "../../services";

export const handler = httpHandler(routes.listBookings, async ({ caller }) => ({ status: 200, body: await bookings().list(caller) }));
