import { httpHandler } from "../../http/handler";
import * as routes from "../../routes";
import { credentials } from "../../services";

export const handler = httpHandler(routes.resetPassword, async ({ body }) => {
  await credentials().resetPassword(body.email, body.code, body.newPassword);
  return { status: 204 };
});
