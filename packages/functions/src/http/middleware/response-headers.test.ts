import middy from "@middy/core";
import type { Context } from "aws-lambda";
import { describe, expect, it } from "vitest";
import type { ApiResult, HttpEvent } from "../http-event";
import { edgeCacheControl, type RouteSpec } from "../route-spec";
import { responseHeaders } from "./response-headers";

const defaultContext = { getRemainingTimeInMillis: () => 1000 } as Context;
const event = { headers: {}, http: { startedAt: 0, requestId: "req-1", valid: {} } } as unknown as HttpEvent;

const cached = { auth: "public", edgeCache: { sMaxAgeSeconds: 5, staleWhileRevalidateSeconds: 30 } } as RouteSpec;
const publicUncached = { auth: "public" } as RouteSpec;
const signedIn = { auth: "user" } as RouteSpec;

const answering = (route: RouteSpec, response: ApiResult) => middy<HttpEvent, ApiResult>(() => response).use(responseHeaders(route));

/** A handler that fails, with an error handler inside this middleware answering `statusCode` (as the error mapper does). */
const failing = (route: RouteSpec, statusCode: number) =>
  middy<HttpEvent, ApiResult>(() => {
    throw new Error("boom");
  })
    .use(responseHeaders(route))
    .onError((request) => void (request.response = { statusCode, headers: { "content-type": "application/json" }, body: "{}" }));

describe("responseHeaders", () => {
  it("after: adds the security headers, keeping the handler's own", async () => {
    const { headers } = await answering(signedIn, { statusCode: 200, headers: { "content-type": "application/json" }, body: "{}" })(event, defaultContext);
    expect(headers).toEqual({
      "content-type": "application/json",
      "cache-control": "no-store",
      "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
      "Strict-Transport-Security": "max-age=31536000; includeSubDomains",
      "X-Content-Type-Options": "nosniff",
      "X-Frame-Options": "DENY",
      "Referrer-Policy": "no-referrer",
      "Cross-Origin-Resource-Policy": "same-origin",
    });
  });

  it("after: no-store on everything a signed-in caller gets", async () => {
    expect((await answering(signedIn, { statusCode: 200, body: "{}" })(event, defaultContext)).headers?.["cache-control"]).toBe("no-store");
  });

  it("after: lets the edge keep a cached public route's success for its s-maxage; a public route without edgeCache says nothing", async () => {
    expect((await answering(cached, { statusCode: 200, body: "{}" })(event, defaultContext)).headers?.["cache-control"]).toBe(edgeCacheControl(cached.edgeCache!));
    expect((await answering(cached, { statusCode: 200, body: "{}" })(event, defaultContext)).headers?.["cache-control"]).toBe("public, max-age=0, s-maxage=5, stale-while-revalidate=30");
    expect((await answering(publicUncached, { statusCode: 200, body: "{}" })(event, defaultContext)).headers?.["cache-control"]).toBeUndefined();
  });

  it("after: a cached route's 4xx answer is never kept", async () => {
    expect((await answering(cached, { statusCode: 404, body: "{}" })(event, defaultContext)).headers?.["cache-control"]).toBe("no-store");
  });

  it("onError: a mapped error gets the security headers and no-store, even on a cached route", async () => {
    const { statusCode, headers } = await failing(cached, 503)(event, defaultContext);
    expect(statusCode).toBe(503);
    expect(headers).toMatchObject({ "content-type": "application/json", "X-Content-Type-Options": "nosniff", "cache-control": "no-store" });
  });

  it("onError: an error nobody answered stays an error (no headers invented for it)", async () => {
    const handler = middy<HttpEvent, ApiResult>(() => {
      throw new Error("boom");
    }).use(responseHeaders(signedIn));
    await expect(handler(event, defaultContext)).rejects.toThrow("boom");
  });
});
