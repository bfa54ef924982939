import { httpHandler } from "../../http/handler";
import { routes } from "../../routes";
import { accounts } from "../../services";

export const handler = httpHandler(routes.register, async ({ body }) => ({ status: 201, body: await accounts().register(body) }));
