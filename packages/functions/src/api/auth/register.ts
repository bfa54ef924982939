import { httpHandler } from "../../http/handler";
import * as routes from "../../routes";
import { credentials } from "../../services";

export const handler = httpHandler(routes.register, async ({ body }) => ({ status: 201, body: await credentials().register(body) }));
