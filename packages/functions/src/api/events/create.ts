import { httpHandler } from "../../http/handler";
import * as routes from "../../routes";
import { eventWrites } from "../../services";

export const handler = httpHandler(routes.createEvent, async ({ caller, body }) => ({ status: 201, body: await eventWrites().create(caller, body) }));
