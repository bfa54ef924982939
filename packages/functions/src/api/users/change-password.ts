import { httpHandler } from "../../http/handler";
import * as routes from "../../routes";
import { credentials } from "../../services";

/** Cognito's ChangePassword acts on behalf of the token's owner, so the caller's own (verified) token is passed on. */
export const handler = httpHandler(routes.changePassword, async ({ body, bearerToken }) => {
  await credentials().changePassword(bearerToken!, body.currentPassword, body.newPassword);
  return { status: 204 };
});
