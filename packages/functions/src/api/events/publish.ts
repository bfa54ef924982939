import { httpHandler } from "../../http/handler";
import * as routes from "../../routes";
import { events } from "../../services";

export const handler = httpHandler(routes.publishEvent, async ({ caller, params }) => ({ status: 200, body: await events().publish(caller, params.id) }));
