import { httpHandler } from "../../http/handler";
import * as routes from "../../routes";
import { releases } from "../../services";

export const handler = httpHandler(routes.releaseBooking, async ({ body }) => {
  await releases().release(body.token);
  return { status: 204 };
});
