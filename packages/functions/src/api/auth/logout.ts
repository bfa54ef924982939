import { httpHandler } from "../../http/handler";
import { routes } from "../../routes";
import { accounts } from "../../services";

export const handler = httpHandler(routes.logout, async ({ body }) => {
  await accounts().logout(body.refreshToken);
  return { status: 204 };
});
