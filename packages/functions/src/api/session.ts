import { httpHandler } from "../http/handler";
import { routes } from "../routes";

export const handler = httpHandler(routes.session, ({ caller }) => ({
  status: 200,
  body: { id: caller.id, role: caller.role },
}));
