import { DomainError } from "@slotbook/core";
import { httpHandler } from "../http/handler";
import { routes } from "../routes";

export const handler = httpHandler(routes.notFound, ({ event }) => {
  throw new DomainError("NOT_FOUND", `No route for ${event.requestContext.http.method} ${event.rawPath}.`);
});
