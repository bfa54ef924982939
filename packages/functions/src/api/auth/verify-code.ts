import { httpHandler } from "../../http/handler";
import * as routes from "../../routes";
import { passwordless } from "../../services";

export const handler = httpHandler(routes.verifySignInCode, async ({ body }) => ({ status: 200, body: await passwordless().verifyCode(body.email, body.code) }));
