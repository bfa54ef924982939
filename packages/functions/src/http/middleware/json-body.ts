import type { MiddlewareObj } from "@middy/core";
import { RequestError } from "../errors";
import { headerValue, type ApiResult, type HttpEvent } from "../http-event";
import type { RouteSpec } from "../route-spec";

/** `application/json` or a `+json` type, with or without parameters (`; charset=utf-8`). */
const isJson = (contentType: string | undefined) => {
  const mediaType = contentType?.split(";")[0]?.trim().toLowerCase() ?? "";
  return mediaType === "application/json" || /^application\/[a-z0-9.+-]+\+json$/.test(mediaType);
};

/**
 * Parses the JSON body of a route that takes one (a body sent to any other route is ignored). Written here
 * rather than @middy/http-json-body-parser because the contract wants 400 INVALID_JSON for malformed JSON,
 * where that middleware answers 415/422.
 */
export const jsonBody = (route: RouteSpec): MiddlewareObj<HttpEvent, ApiResult> => ({
  before: ({ event }) => {
    if (!route.request?.body) return;
    if (event.body === undefined || event.body === null || event.body === "") return;
    if (!isJson(headerValue(event, "content-type"))) {
      throw new RequestError("UNSUPPORTED_MEDIA_TYPE", "Send the request body as JSON, with the header Content-Type: application/json.");
    }
    const text = event.isBase64Encoded ? Buffer.from(event.body, "base64").toString("utf8") : event.body;
    try {
      event.http.json = JSON.parse(text);
    } catch {
      throw new RequestError("INVALID_JSON", "The request body is not valid JSON.");
    }
  },
});
