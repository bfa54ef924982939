import middy from "@middy/core";
import type { Context } from "aws-lambda";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ApiResult, HttpEvent } from "../http-event";
import { logger } from "../logger";
import type { RouteSpec } from "../route-spec";
import { accessLog } from "./access-log";

const defaultContext = { getRemainingTimeInMillis: () => 1000 } as Context;
const route = { method: "POST", path: "/api/bookings", auth: "user" } as RouteSpec;

/** An API Gateway event as this middleware sees it: the chain's state is what it adds. */
const event = (extra: Record<string, unknown> = {}) =>
  ({
    requestContext: { requestId: "req-123" },
    headers: { authorization: "Bearer eyJ.secret.token" },
    body: JSON.stringify({ password: "Secret123" }),
    ...extra,
  }) as unknown as HttpEvent;

afterEach(() => vi.restoreAllMocks());

describe("accessLog", () => {
  it("before: gives the request its id (API Gateway's) and a start time, for everything after it", async () => {
    vi.spyOn(logger, "info").mockImplementation(() => {});
    const seen: unknown[] = [];
    const handler = middy<HttpEvent, ApiResult>((event: HttpEvent) => {
      seen.push(event.http);
      return { statusCode: 204 };
    }).use(accessLog(route));
    await handler(event(), defaultContext);
    expect(seen).toEqual([{ requestId: "req-123", startedAt: expect.any(Number), valid: {} }]);
  });

  it("before: makes up an id when API Gateway sent none", async () => {
    vi.spyOn(logger, "info").mockImplementation(() => {});
    const handler = middy<HttpEvent, ApiResult>(() => ({ statusCode: 200 })).use(accessLog(route));
    const one = await handler(event({ requestContext: {} }), defaultContext);
    const two = await handler(event({ requestContext: {} }), defaultContext);
    expect(one.headers?.["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(two.headers?.["x-request-id"]).not.toBe(one.headers?.["x-request-id"]);
  });

  it("after: echoes the id as x-request-id beside the handler's headers, and logs one line: route, status, time, caller, AWS calls", async () => {
    const info = vi.spyOn(logger, "info").mockImplementation(() => {});
    vi.spyOn(Date, "now").mockReturnValueOnce(1_000).mockReturnValueOnce(1_250);
    const handler = middy<HttpEvent, ApiResult>((event: HttpEvent) => {
      event.http.caller = { id: "fan-1", username: "ann@example.com", roles: ["fan"], role: "fan" };
      return { statusCode: 201, headers: { "content-type": "application/json" }, body: "{}" };
    }).use(accessLog(route));
    const response = await handler(event({ awsCalls: { dynamodb: 2, cognito: 0, ses: 0 } }), defaultContext);
    expect(response).toEqual({ statusCode: 201, headers: { "content-type": "application/json", "x-request-id": "req-123" }, body: "{}" });
    expect(info).toHaveBeenCalledTimes(1);
    expect(info).toHaveBeenCalledWith("request", {
      requestId: "req-123",
      route: "POST /api/bookings",
      status: 201,
      durationMs: 250,
      callerId: "fan-1",
      dynamoCalls: 2,
      cognitoCalls: 0,
      sesCalls: 0,
    });
  });

  it("never logs a body, a header or a token", async () => {
    const info = vi.spyOn(logger, "info").mockImplementation(() => {});
    const handler = middy<HttpEvent, ApiResult>(() => ({ statusCode: 200, body: "secret answer" })).use(accessLog(route));
    await handler(event(), defaultContext);
    expect(JSON.stringify(info.mock.calls)).not.toMatch(/Secret123|eyJ|secret answer|authorization/i);
  });

  it("onError: a failed request's answer (mapped further in) gets the id too, and is logged as an error when it is a 5xx", async () => {
    const error = vi.spyOn(logger, "error").mockImplementation(() => {});
    const info = vi.spyOn(logger, "info").mockImplementation(() => {});
    const failing = (statusCode: number) =>
      middy<HttpEvent, ApiResult>(() => {
        throw new Error("boom");
      })
        .use(accessLog(route))
        // Stands in for the error mapper, which sits inside the access log.
        .onError((request) => void (request.response = { statusCode, body: "{}" }));
    expect((await failing(503)(event(), defaultContext)).headers).toEqual({ "x-request-id": "req-123" });
    expect(error).toHaveBeenCalledWith("request failed", expect.objectContaining({ status: 503 }));
    await failing(404)(event(), defaultContext);
    expect(info).toHaveBeenCalledWith("request", expect.objectContaining({ status: 404 }));
    expect(error).toHaveBeenCalledTimes(1);
  });

  it("onError: an error nobody mapped is logged as a 500", async () => {
    const error = vi.spyOn(logger, "error").mockImplementation(() => {});
    const handler = middy<HttpEvent, ApiResult>(() => {
      throw new Error("boom");
    }).use(accessLog(route));
    await handler(event(), defaultContext);
    expect(error).toHaveBeenCalledWith("request failed", expect.objectContaining({ status: 500, requestId: "req-123" }));
  });
});
