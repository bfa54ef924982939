import type { MiddlewareObj } from "@middy/core";
import { DomainError } from "@slotbook/core";
import type { ApiResult, HttpEvent } from "../http-event";
import type { RouteSpec } from "../route-spec";

/**
 * Parses the JSON body of a route that takes one (a body sent to any other route is ignored). Written here
 * rather than @middy/http-json-body-parser because the contract wants 400 INVALID_JSON for malformed JSON,
 * where that middleware answers 415/422.
 */
export const jsonBody = (route: RouteSpec): MiddlewareObj<HttpEvent, ApiResult> => ({
  before: ({ event }) => {
    if (!route.request?.body) return;
    if (event.body === undefined || event.body === null || event.body === "") return;
    const text = event.isBase64Encoded ? Buffer.from(event.body, "base64").toString("utf8") : event.body;
    try {
      event.http.json = JSON.parse(text);
    } catch {
      throw new DomainError("INVALID_JSON", "The request body is not valid JSON.");
    }
  },
});
