import { httpHandler } from "../../http/handler";
import * as routes from "../../routes";
import { eventReads } from "../../services";

export const handler = httpHandler(routes.getPublicEvent, async ({ params }) => ({ status: 200, body: await eventReads().getPublic(params.url) }));
