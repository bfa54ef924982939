import { httpHandler } from "../../http/handler";
import * as routes from "../../routes";
import { credentials } from "../../services";

export const handler = httpHandler(routes.resendConfirmation, async ({ body }) => {
  await credentials().resendConfirmation(body.email);
  return { status: 202 };
});
