import { httpHandler } from "../../http/handler";
import { routes } from "../../routes";
import { accounts } from "../../services";

export const handler = httpHandler(routes.resendConfirmation, async ({ body }) => {
  await accounts().resendConfirmation(body.email);
  return { status: 202 };
});
