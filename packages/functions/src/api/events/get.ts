import { httpHandler } from "../../http/handler";
import * as routes from "../../routes";
import { events } from "../../services";

export const handler = httpHandler(routes.getEvent, async ({ caller, params }) => ({ status: 200, body: await events().get(caller, params.id) }));
