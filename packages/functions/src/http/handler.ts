import middy from "@middy/core";
import { countAwsCalls, noCalls } from "@slotbook/core";
import type { z } from "zod/mini";
import type { Caller } from "./caller";
import { headerValue, type ApiEvent, type ApiHandler, type ApiResult, type HttpEvent } from "./http-event";
import { accessLog } from "./middleware/access-log";
import { authorize } from "./middleware/authorize";
import { bodyLimit } from "./middleware/body-limit";
import { errorMapper } from "./middleware/error-mapper";
import { jsonBody } from "./middleware/json-body";
import { responseHeaders } from "./middleware/response-headers";
import { validate } from "./middleware/validate";
import type { RouteSpec } from "./route-spec";

type Part<R extends RouteSpec, K extends "body" | "params" | "query" | "headers"> = R extends { request: { [P in K]: infer S } }
  ? S extends z.core.$ZodType
    ? z.output<S>
    : undefined
  : undefined;

/** What a route's function receives: validated, typed input and the verified caller. */
export interface HttpInput<R extends RouteSpec> {
  body: Part<R, "body">;
  params: Part<R, "params">;
  query: Part<R, "query">;
  headers: Part<R, "headers">;
  caller: R["auth"] extends "user" ? Caller : undefined;
  /** The verified access token itself, for the few calls that act on the user's behalf (never log it). */
  bearerToken: R["auth"] extends "user" ? string | undefined : undefined;
  requestId: string;
  event: ApiEvent;
}

export interface HttpOutput {
  status: number;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as it is, for the few non-JSON responses (give its content-type in `headers`). */
  rawBody?: string;
  headers?: Record<string, string>;
}

/**
 * Wraps a route's function in the chain every handler uses. Order matters: middy runs `before` top-down and
 * `after`/`onError` bottom-up, so errors are mapped first, then get security headers, then are logged.
 */
export function httpHandler<R extends RouteSpec>(route: R, fn: (input: HttpInput<R>) => Promise<HttpOutput> | HttpOutput): ApiHandler {
  const handler = middy<HttpEvent, ApiResult>()
    .use(accessLog(route))
    .use(responseHeaders(route))
    .use(errorMapper())
    .use(bodyLimit())
    .use(jsonBody(route))
    .use(authorize(route))
    .use(validate(route))
    .handler(async (event) => {
      const { http } = event;
      const output = await fn({
        body: http.valid.body,
        params: http.valid.params,
        query: http.valid.query,
        headers: http.valid.headers,
        caller: http.caller,
        bearerToken: http.caller ? /^Bearer (\S+)$/i.exec(headerValue(event, "authorization") ?? "")?.[1] : undefined,
        requestId: http.requestId,
        event,
      } as unknown as HttpInput<R>);
      const headers: Record<string, string> = { ...output.headers };
      if (output.rawBody !== undefined) return { statusCode: output.status, headers, body: output.rawBody };
      if (output.body === undefined) return { statusCode: output.status, headers };
      headers["content-type"] ??= "application/json";
      return { statusCode: output.status, headers, body: JSON.stringify(output.body) };
    });
  // Each request runs in its own AWS call-count scope (DynamoDB, Cognito, SES); the access log reports the counts.
  return ((event: ApiEvent, context: Parameters<ApiHandler>[1]) => {
    const count = noCalls();
    const counted = Object.assign(event, { awsCalls: count }) as HttpEvent;
    return countAwsCalls(count, () => handler(counted, context));
  }) as unknown as ApiHandler;
}
