import { httpHandler } from "../../http/handler";
import * as routes from "../../routes";
import { credentials } from "../../services";

export const handler = httpHandler(routes.logout, async ({ body }) => {
  await credentials().logout(body.refreshToken);
  return { status: 204 };
});
