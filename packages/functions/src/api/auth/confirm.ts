import { httpHandler } from "../../http/handler";
import * as routes from "../../routes";
import { credentials } from "../../services";

export const handler = httpHandler(routes.confirm, async ({ body }) => {
  await credentials().confirm(body.email, body.code);
  return { status: 204 };
});
