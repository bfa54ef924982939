import { httpHandler } from "../../http/handler";
import * as routes from "../../routes";
import { credentials } from "../../services";

export const handler = httpHandler(routes.forgotPassword, async ({ body }) => {
  await credentials().forgotPassword(body.email);
  return { status: 202 };
});
