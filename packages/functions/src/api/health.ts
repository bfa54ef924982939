import { httpHandler } from "../http/handler";
import { routes } from "../routes";

export const handler = httpHandler(routes.health, () => ({ status: 200, body: { status: "ok" } }));
