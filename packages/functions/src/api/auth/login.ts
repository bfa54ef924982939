import { httpHandler } from "../../http/handler";
import { routes } from "../../routes";
import { accounts } from "../../services";

export const handler = httpHandler(routes.login, async ({ body }) => ({ status: 200, body: await accounts().login(body.email, body.password) }));
