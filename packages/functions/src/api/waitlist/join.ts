import { httpHandler } from "../../http/handler";
import * as routes from "../../routes";
import { waitlist } from "../../services";

export const handler = httpHandler(routes.joinWaitlist, async ({ caller, body }) => ({ status: 201, body: await waitlist().join(caller, body) }));
