import { httpHandler } from "../../http/handler";
import { routes } from "../../routes";
import { accounts } from "../../services";

export const handler = httpHandler(routes.forgotPassword, async ({ body }) => {
  await accounts().forgotPassword(body.email);
  return { status: 202 };
});
