import { httpHandler } from "../../http/handler";
import { routes } from "../../routes";
import { accounts } from "../../services";

export const handler = httpHandler(routes.resetPassword, async ({ body }) => {
  await accounts().resetPassword(body.email, body.code, body.newPassword);
  return { status: 204 };
});
