import { httpHandler } from "../../http/handler";
import * as routes from "../../routes";
import { eventReads } from "../../services";

export const handler = httpHandler(routes.listPublicEvents, async ({ query }) => ({ status: 200, body: await eventReads().listPublished(query.limit, query.cursor) }));
