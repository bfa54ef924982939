import { httpHandler } from "../../http/handler";
import * as routes from "../../routes";
import { checkIns } from "../../services";

export const handler = httpHandler(routes.checkInBooking, async ({ caller, params }) => ({
  status: 200,
  body: await checkIns().checkIn(caller, params.id, params.bookingId),
}));
