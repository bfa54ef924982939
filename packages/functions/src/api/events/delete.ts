import { httpHandler } from "../../http/handler";
import * as routes from "../../routes";
import { events } from "../../services";

export const handler = httpHandler(routes.deleteEvent, async ({ caller, params }) => {
  await events().remove(caller, params.id);
  return { status: 204 };
});
