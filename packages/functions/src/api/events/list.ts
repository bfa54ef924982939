import { httpHandler } from "../../http/handler";
import * as routes from "../../routes";
import { events } from "../../services";

export const handler = httpHandler(routes.listEvents, async ({ caller, query }) => ({ status: 200, body: await events().list(caller, query.limit, query.cursor) }));
