import { httpHandler } from "../../http/handler";
import * as routes from "../../routes";
import { eventPublishing } from "../../services";

export const handler = httpHandler(routes.publishEvent, async ({ caller, params }) => ({ status: 200, body: await eventPublishing().publish(caller, params.id) }));
