import { httpHandler } from "../../http/handler";
import * as routes from "../../routes";
import { eventRemoval } from "../../services";

export const handler = httpHandler(routes.deleteEvent, async ({ caller, params }) => {
  await eventRemoval().remove(caller, params.id);
  return { status: 204 };
});
