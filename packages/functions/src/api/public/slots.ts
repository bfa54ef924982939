import { httpHandler } from "../../http/handler";
import * as routes from "../../routes";
import { eventReads } from "../../services";

export const handler = httpHandler(routes.getPublicSlots, async ({ params }) => ({ status: 200, body: await eventReads().getPublicSlots(params.url) }));
