import { httpHandler } from "../http/handler";
import { apiDocument } from "../openapi/api-document";
import { openapi } from "../routes";

export const handler = httpHandler(openapi, () => ({ status: 200, body: apiDocument() }));
