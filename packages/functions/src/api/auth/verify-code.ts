import { httpHandler } from "../../http/handler";
import * as routes from "../../routes";
import { codeSignIn } from "../../services";

export const handler = httpHandler(routes.verifySignInCode, async ({ body }) => ({ status: 200, body: await codeSignIn().verifyCode(body.email, body.code) }));
