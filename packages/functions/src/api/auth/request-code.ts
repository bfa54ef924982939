import { httpHandler } from "../../http/handler";
import * as routes from "../../routes";
import { codeRequests } from "../../services";

export const handler = httpHandler(routes.requestSignInCode, async ({ body }) => {
  await codeRequests().requestCode(body.email, body.name, body.locale);
  return { status: 202 };
});
