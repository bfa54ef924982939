import middy from "@middy/core";
import { DomainError } from "@slotbook/core";
import type { Context } from "aws-lambda";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ApiResult, HttpEvent } from "../http-event";
import { logger } from "../logger";
import { errorMapper } from "./error-mapper";

const defaultContext = { getRemainingTimeInMillis: () => 1000 } as Context;
/** `null`: the access log never ran, so the request has no id yet. */
const event = (requestId: string | null = "req-123") => ({ headers: {}, ...(requestId ? { http: { startedAt: 0, requestId, valid: {} } } : {}) }) as unknown as HttpEvent;

/** A handler that throws `error`, behind the mapper. */
const throwing = (error: unknown) =>
  middy<HttpEvent, ApiResult>(() => {
    throw error;
  }).use(errorMapper());

const bodyOf = (response: ApiResult) => JSON.parse(response.body!);

afterEach(() => vi.restoreAllMocks());

describe("errorMapper", () => {
  it("leaves a successful answer alone", async () => {
    const handler = middy<HttpEvent, ApiResult>(() => ({ statusCode: 201, body: "{}" })).use(errorMapper());
    expect(await handler(event(), defaultContext)).toEqual({ statusCode: 201, body: "{}" });
  });

  it("answers a domain error with its status and the contract's error body, details included", async () => {
    const response = await throwing(new DomainError("VALIDATION_FAILED", "Some fields are missing or invalid.", { details: [{ path: "title", message: "Enter a title." }] }))(event(), defaultContext);
    expect(response.statusCode).toBe(400);
    expect(response.headers).toEqual({ "content-type": "application/json" });
    expect(bodyOf(response)).toEqual({ error: { code: "VALIDATION_FAILED", message: "Some fields are missing or invalid.", details: [{ path: "title", message: "Enter a title." }] } });
    expect((await throwing(new DomainError("SLOT_FULL", "Full."))(event(), defaultContext)).statusCode).toBe(409);
  });

  it("passes a domain error's Retry-After on", async () => {
    const response = await throwing(new DomainError("RATE_LIMITED", "Slow down.", { retryAfterSeconds: 30 }))(event(), defaultContext);
    expect(response.statusCode).toBe(429);
    expect(response.headers?.["retry-after"]).toBe("30");
  });

  it("answers a dependency that can't be reached with 503 UNAVAILABLE and Retry-After, however deep the cause", async () => {
    vi.spyOn(logger, "warn").mockImplementation(() => {});
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:8000"), { code: "ECONNREFUSED" });
    for (const error of [refused, new Error("The SDK gave up", { cause: refused }), Object.assign(new Error("timed out"), { name: "TimeoutError" })]) {
      const response = await throwing(error)(event(), defaultContext);
      expect(response.statusCode).toBe(503);
      expect(response.headers?.["retry-after"]).toBe("5");
      expect(bodyOf(response).error.code).toBe("UNAVAILABLE");
    }
  });

  it("answers anything else with 500 INTERNAL and the request's id, leaking nothing; the error is logged in full", async () => {
    const logged = vi.spyOn(logger, "error").mockImplementation(() => {});
    const bug = new TypeError("Cannot read properties of undefined (reading 'pk') in table prod-secret");
    const response = await throwing(bug)(event(), defaultContext);
    expect(response.statusCode).toBe(500);
    expect(bodyOf(response)).toEqual({ error: { code: "INTERNAL", message: expect.stringContaining("req-123") } });
    expect(response.body).not.toMatch(/prod-secret|TypeError|pk/);
    expect(logged).toHaveBeenCalledWith("unhandled error", { requestId: "req-123", error: bug });
  });

  it("still answers when the chain never got as far as giving the request an id", async () => {
    vi.spyOn(logger, "error").mockImplementation(() => {});
    const response = await throwing(new Error("early"))(event(null), defaultContext);
    expect(response.statusCode).toBe(500);
    expect(bodyOf(response).error.message).toContain("unknown");
  });
});
