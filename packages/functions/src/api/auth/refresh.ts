import { httpHandler } from "../../http/handler";
import * as routes from "../../routes";
import { credentials } from "../../services";

export const handler = httpHandler(routes.refresh, async ({ body }) => ({ status: 200, body: await credentials().refresh(body.refreshToken) }));
