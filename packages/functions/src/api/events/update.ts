import { httpHandler } from "../../http/handler";
import * as routes from "../../routes";
import { eventWrites } from "../../services";

export const handler = httpHandler(routes.updateEvent, async ({ caller, params, body }) => ({ status: 200, body: await eventWrites().update(caller, params.id, body) }));
