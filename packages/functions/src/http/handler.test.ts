import { DomainError } from "@slotbook/core";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { httpHandler } from "./handler";
import type { ApiEvent } from "./http-event";
import { logger } from "./logger";
import type { RouteSpec } from "./route-spec";

const route = {
  method: "POST",
  path: "/api/things/{id}",
  handler: "unused.handler",
  auth: "user",
  calls: { dynamodb: 0, cognito: 0, ses: 0 },
  access: {},
  roles: ["admin"],
  summary: "test route",
  request: {
    params: z.object({ id: z.string().regex(/^t-\d+$/) }),
    body: z.object({ title: z.string().min(1), slots: z.array(z.object({ endTime: z.string().regex(/^\d\d:\d\d$/) })) }),
  },
  responses: { 201: { description: "created" } },
} as const satisfies RouteSpec;

const adminClaims = { sub: "user-1", "cognito:groups": "[admin]" };

function event(overrides: { body?: string; claims?: Record<string, string> | null; id?: string; contentType?: string | null } = {}): ApiEvent {
  return {
    version: "2.0",
    routeKey: "POST /api/things/{id}",
    rawPath: "/api/things/t-1",
    rawQueryString: "",
    headers: overrides.contentType === null ? {} : { "content-type": overrides.contentType ?? "application/json" },
    pathParameters: { id: overrides.id ?? "t-1" },
    body: overrides.body ?? JSON.stringify({ title: "Hello", slots: [{ endTime: "10:00" }] }),
    isBase64Encoded: false,
    requestContext: {
      requestId: "req-123",
      http: { method: "POST", path: "/api/things/t-1", protocol: "HTTP/1.1", sourceIp: "127.0.0.1", userAgent: "test" },
      ...(overrides.claims === null ? {} : { authorizer: { jwt: { claims: overrides.claims ?? adminClaims, scopes: [] } } }),
    },
  } as unknown as ApiEvent;
}

const echo = httpHandler(route, ({ body, params, caller }) => ({ status: 201, body: { body, params, caller } }));
const call = async (handler: typeof echo, e: ApiEvent) => {
  const result = await handler(e, {} as never);
  return { ...result, json: result.body ? JSON.parse(result.body) : undefined };
};

describe("the HTTP middleware chain", () => {
  it("hands the function validated input and the caller, and answers JSON", async () => {
    const result = await call(echo, event());
    expect(result.statusCode).toBe(201);
    expect(result.headers?.["content-type"]).toBe("application/json");
    expect(result.json).toEqual({
      body: { title: "Hello", slots: [{ endTime: "10:00" }] },
      params: { id: "t-1" },
      caller: { id: "user-1", username: "user-1", roles: ["admin"], role: "admin" },
    });
  });

  it("answers malformed JSON with 400 INVALID_JSON", async () => {
    const result = await call(echo, event({ body: '{"title": ' }));
    expect(result.statusCode).toBe(400);
    expect(result.json).toEqual({ error: { code: "INVALID_JSON", message: expect.any(String) } });
  });

  it.each([["text/plain"], ["application/x-www-form-urlencoded"], ["multipart/form-data; boundary=x"], [null]])(
    "answers a body sent as %s with 415 UNSUPPORTED_MEDIA_TYPE, before parsing it",
    async (contentType) => {
      const result = await call(echo, event({ contentType, body: "title=Hello" }));
      expect(result.statusCode).toBe(415);
      expect(result.json).toEqual({ error: { code: "UNSUPPORTED_MEDIA_TYPE", message: expect.any(String) } });
    },
  );

  it("takes JSON with a charset or a +json media type", async () => {
    expect((await call(echo, event({ contentType: "application/json; charset=utf-8" }))).statusCode).toBe(201);
    expect((await call(echo, event({ contentType: "Application/Merge-Patch+JSON" }))).statusCode).toBe(201);
  });

  it("lists every bad field with its dotted path", async () => {
    const result = await call(echo, event({ id: "nope", body: JSON.stringify({ title: "", slots: [{ endTime: "25h" }] }) }));
    expect(result.statusCode).toBe(400);
    expect(result.json.error.code).toBe("VALIDATION_FAILED");
    expect(result.json.error.details.map((detail: { path: string }) => detail.path).sort()).toEqual(["params.id", "slots.0.endTime", "title"]);
  });

  it("refuses bodies over 64 KiB with 413 before parsing them", async () => {
    const result = await call(echo, event({ body: JSON.stringify({ title: "x".repeat(65 * 1024), slots: [] }) }));
    expect(result.statusCode).toBe(413);
    expect(result.json.error.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("answers 401 without verified claims and 403 for the wrong role", async () => {
    expect((await call(echo, event({ claims: null }))).json.error.code).toBe("UNAUTHORIZED");
    const fan = await call(echo, event({ claims: { sub: "user-2", "cognito:groups": "[fan]" } }));
    expect(fan.statusCode).toBe(403);
    expect(fan.json.error.code).toBe("FORBIDDEN");
  });

  it("maps domain errors to the contract's status and body, with Retry-After when given", async () => {
    const busy = httpHandler(route, () => {
      throw new DomainError("UNAVAILABLE", "Try again shortly.", { retryAfterSeconds: 2 });
    });
    const result = await call(busy, event());
    expect(result.statusCode).toBe(503);
    expect(result.headers?.["retry-after"]).toBe("2");
    expect(result.json).toEqual({ error: { code: "UNAVAILABLE", message: "Try again shortly." } });
  });

  it("turns an unknown error into 500 INTERNAL without leaking it, and logs it in full", async () => {
    const logged = vi.spyOn(logger, "error").mockImplementation(() => {});
    const broken = httpHandler(route, () => {
      throw new Error("ConditionalCheckFailed on table secret-table-name");
    });
    const result = await call(broken, event());
    expect(result.statusCode).toBe(500);
    expect(result.json.error.code).toBe("INTERNAL");
    expect(result.body).not.toContain("secret-table-name");
    expect(result.json.error.message).toContain("req-123");
    expect(logged).toHaveBeenCalledWith(
      "unhandled error",
      expect.objectContaining({ error: expect.objectContaining({ message: expect.stringContaining("secret-table-name") }) }),
    );
    logged.mockRestore();
  });

  it("sets security headers, the request id and no-store on every response, errors included", async () => {
    for (const e of [event(), event({ body: "{" })]) {
      const { headers } = await call(echo, e);
      expect(headers?.["X-Content-Type-Options"]).toBe("nosniff");
      expect(headers?.["Strict-Transport-Security"]).toMatch(/max-age=\d+/);
      expect(headers?.["cache-control"]).toBe("no-store");
      expect(headers?.["x-request-id"]).toBe("req-123");
    }
  });
});
