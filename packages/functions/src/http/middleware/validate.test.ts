import middy from "@middy/core";
import type { Context } from "aws-lambda";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { ApiResult, HttpEvent } from "../http-event";
import type { RouteSpec } from "../route-spec";
import { validate } from "./validate";

const defaultContext = { getRemainingTimeInMillis: () => 1000 } as Context;

const route = {
  request: {
    params: z.object({ id: z.string().regex(/^ev-\d+$/) }),
    query: z.object({ limit: z.coerce.number().int().max(100).default(20) }),
    headers: z.object({ "idempotency-key": z.string().min(1).optional() }),
    body: z.strictObject({ title: z.string().min(1), seats: z.number().int().default(1) }),
  },
} as unknown as RouteSpec;

/** An event as it reaches the validator: `json` is what the body parser made of the body. */
const event = (parts: { params?: object | null; query?: object | null; headers?: object; json?: unknown } = {}) =>
  ({
    pathParameters: parts.params === null ? undefined : (parts.params ?? { id: "ev-1" }),
    queryStringParameters: parts.query === null ? undefined : (parts.query ?? {}),
    headers: parts.headers ?? {},
    http: { startedAt: 0, requestId: "req-1", valid: {}, json: "json" in parts ? parts.json : { title: "Signing" } },
  }) as unknown as HttpEvent;

/** A handler behind the validator that answers with the validated input it was handed. */
const validating = (spec: RouteSpec) => middy<HttpEvent, ApiResult>((event: HttpEvent) => ({ statusCode: 200, body: JSON.stringify(event.http.valid) })).use(validate(spec));
const validOf = async (spec: RouteSpec, e: HttpEvent) => JSON.parse((await validating(spec)(e, defaultContext)).body!);
const refusal = async (spec: RouteSpec, e: HttpEvent) => {
  try {
    await validating(spec)(e, defaultContext);
  } catch (error) {
    return error as { code: string; details: Array<{ path: string; message: string }> };
  }
  throw new Error("the request was not refused");
};

describe("validate", () => {
  it("hands the handler each part as its schema made it: coerced, defaults filled", async () => {
    expect(await validOf(route, event({ query: { limit: "50" }, headers: { "Idempotency-Key": "k-1" } }))).toEqual({
      params: { id: "ev-1" },
      query: { limit: 50 },
      headers: { "idempotency-key": "k-1" },
      body: { title: "Signing", seats: 1 },
    });
  });

  it("reads a missing query or path as empty, so defaults and required fields still apply", async () => {
    expect((await validOf(route, event({ query: null }))).query).toEqual({ limit: 20 });
    expect((await refusal(route, event({ params: null }))).details).toEqual([{ path: "params.id", message: expect.any(String) }]);
  });

  it("lists every bad field at once, prefixed by its part (the body's fields as they are)", async () => {
    const error = await refusal(route, event({ params: { id: "nope" }, query: { limit: "500" }, headers: { "idempotency-key": "" }, json: { title: "", seats: 1.5 } }));
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(error.details.map((detail) => detail.path).sort()).toEqual(["headers.idempotency-key", "params.id", "query.limit", "seats", "title"]);
  });

  it("names an unknown body field at its own path, and a missing body as the body", async () => {
    expect((await refusal(route, event({ json: { title: "Signing", extra: 1 } }))).details).toEqual([{ path: "extra", message: "This field is not allowed." }]);
    expect(await refusal(route, event({ json: undefined }))).toMatchObject({ code: "VALIDATION_FAILED", details: [expect.anything()] });
  });

  it("checks nothing on a route that declares no input", async () => {
    expect(await validOf({} as RouteSpec, event({ params: { anything: "goes" }, json: "whatever" }))).toEqual({});
  });
});
