import { DomainError } from "@slotbook/core/errors";
import { httpHandler } from "../http/handler";
import * as routes from "../routes";

export const handler = httpHandler(routes.notFound, ({ event }) => {
  throw new DomainError("NOT_FOUND", `No route for ${event.requestContext.http.method} ${event.rawPath}.`);
});
