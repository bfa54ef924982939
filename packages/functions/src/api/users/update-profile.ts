import { httpHandler } from "../../http/handler";
import * as routes from "../../routes";
import { accounts } from "../../services";

export const handler = httpHandler(routes.updateProfile, async ({ caller, body }) => ({
  status: 200,
  body: await accounts().updateProfile(caller, body),
}));
