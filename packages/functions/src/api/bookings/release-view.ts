import { httpHandler } from "../../http/handler";
import * as routes from "../../routes";
import { releases } from "../../services";

// A person's booking on a public route (the link is the credential): never kept by a shared cache.
export const handler = httpHandler(routes.viewRelease, async ({ query }) => ({ status: 200, body: await releases().view(query.token), headers: { "cache-control": "no-store" } }));
