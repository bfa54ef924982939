import { httpHandler } from "../../http/handler";
import * as routes from "../../routes";
import { eventReads } from "../../services";

export const handler = httpHandler(routes.getEvent, async ({ caller, params }) => ({ status: 200, body: await eventReads().get(caller, params.id) }));
