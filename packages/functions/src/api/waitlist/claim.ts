import { httpHandler } from "../../http/handler";
import * as routes from "../../routes";
import { waitlist } from "../../services";

export const handler = httpHandler(routes.claimOffer, async ({ caller, params }) => ({ status: 201, body: await waitlist().claim(caller, params.id) }));
