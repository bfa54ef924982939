import { httpHandler } from "../../http/handler";
import * as routes from "../../routes";
import { eventReads } from "../../services";

export const handler = httpHandler(routes.listEvents, async ({ caller, query }) => ({ status: 200, body: await eventReads().list(caller, query.limit, query.cursor) }));
