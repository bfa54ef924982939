import { httpHandler } from "../../http/handler";
import * as routes from "../../routes";
import { passwordless } from "../../services";

export const handler = httpHandler(routes.requestSignInCode, async ({ body }) => {
  await passwordless().requestCode(body.email, body.name);
  return { status: 202 };
});
