import { httpHandler } from "../../http/handler";
import * as routes from "../../routes";
import { waitlist } from "../../services";

export const handler = httpHandler(routes.listWaitlist, async ({ caller }) => ({ status: 200, body: await waitlist().list(caller) }));
