import { httpHandler } from "../../http/handler";
import { routes } from "../../routes";
import { accounts } from "../../services";

export const handler = httpHandler(routes.confirm, async ({ body }) => {
  await accounts().confirm(body.email, body.code);
  return { status: 204 };
});
