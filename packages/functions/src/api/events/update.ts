import { httpHandler } from "../../http/handler";
import * as routes from "../../routes";
import { events } from "../../services";

export const handler = httpHandler(routes.updateEvent, async ({ caller, params, body }) => ({ status: 200, body: await events().update(caller, params.id, body) }));
