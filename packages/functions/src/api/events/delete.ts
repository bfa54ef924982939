import { httpHandler } from "../../http/handler";
import * as routes from "../../routes";
import { eventWrites } from "../../services";

export const handler = httpHandler(routes.deleteEvent, async ({ caller, params }) => {
  await eventWrites().remove(caller, params.id);
  return { status: 204 };
});
