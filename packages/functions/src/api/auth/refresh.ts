import { httpHandler } from "../../http/handler";
import { routes } from "../../routes";
import { accounts } from "../../services";

export const handler = httpHandler(routes.refresh, async ({ body }) => ({ status: 200, body: await accounts().refresh(body.refreshToken) }));
