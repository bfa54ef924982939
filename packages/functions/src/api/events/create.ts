import { httpHandler } from "../../http/handler";
import * as routes from "../../routes";
import { events } from "../../services";

export const handler = httpHandler(routes.createEvent, async ({ caller, body }) => ({ status: 201, body: await events().create(caller, body) }));
