import { httpHandler } from "../http/handler";
import { openApiDocument } from "../openapi/document";
import { routes } from "../routes";

let document: ReturnType<typeof openApiDocument> | undefined;

export const handler = httpHandler(routes.openapi, () => {
  document ??= openApiDocument(routes, { title: "Slotbook booking API", version: "1.0.0" });
  return { status: 200, body: document };
});
