import { httpHandler } from "../../http/handler";
import * as routes from "../../routes";
import { waitlist } from "../../services";

export const handler = httpHandler(routes.leaveWaitlist, async ({ caller, params }) => {
  await waitlist().leave(caller, params.id);
  return { status: 204 };
});
