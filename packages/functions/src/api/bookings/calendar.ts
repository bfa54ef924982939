import { setting } from "@slotbook/core/config";
import { httpHandler } from "../../http/handler";
import * as routes from "../../routes";
import { bookingCalendar } from "../../services";

export const handler = httpHandler(routes.bookingCalendar, async ({ caller, params }) => ({
  status: 200,
  rawBody: await bookingCalendar().calendar(caller, params.id, { siteUrl: setting("siteUrl"), sender: setting("senderEmail") }),
  headers: { "content-type": "text/calendar; charset=utf-8", "content-disposition": 'attachment; filename="booking.ics"' },
}));
