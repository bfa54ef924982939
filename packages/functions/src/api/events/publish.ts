import { httpHandler } from "../../http/handler";
import * as routes from "../../routes";
import { eventWrites } from "../../services";

export const handler = httpHandler(routes.publishEvent, async ({ caller, params }) => ({ status: 200, body: await eventWrites().publish(caller, params.id) }));
