import { httpHandler } from "../../http/handler";
import * as routes from "../../routes";
import { events } from "../../services";

export const handler = httpHandler(routes.listPublicEvents, async ({ query }) => ({ status: 200, body: await events().listPublished(query.limit, query.cursor) }));
