import { httpHandler } from "../http/handler";
import * as routes from "../routes";

export const handler = httpHandler(routes.session, ({ caller }) => ({
  status: 200,
  body: { id: caller.id, role: caller.role },
}));
