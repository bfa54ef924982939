import { httpHandler } from "../../http/handler";
import * as routes from "../../routes";
import { bookingMoves } from "../../services";

export const handler = httpHandler(routes.moveBooking, async ({ caller, params, body }) => ({ status: 200, body: await bookingMoves().move(caller, params.id, body) }));
