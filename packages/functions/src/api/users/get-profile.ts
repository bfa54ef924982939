import { httpHandler } from "../../http/handler";
import * as routes from "../../routes";
import { accounts } from "../../services";

export const handler = httpHandler(routes.getProfile, async ({ caller }) => ({ status: 200, body: await accounts().profile(caller) }));
