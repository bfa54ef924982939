import { httpHandler } from "../../http/handler";
import * as routes from "../../routes";
import { waitlist } from "../../services";

export const handler = httpHandler(routes.eventWaitlist, async ({ caller, params }) => ({ status: 200, body: await waitlist().ofEvent(caller, params.id) }));
