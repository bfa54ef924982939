import middy from "@middy/core";
import type { Context } from "aws-lambda";
import { describe, expect, it } from "vitest";
import type { Caller } from "../caller";
import type { ApiResult, HttpEvent } from "../http-event";
import type { RouteSpec } from "../route-spec";
import { authorize } from "./authorize";

const defaultContext = { getRemainingTimeInMillis: () => 1000 } as Context;

/** An event whose token API Gateway verified (its claims), or none; with the state the access log adds. */
const event = (claims?: Record<string, unknown>) =>
  ({
    requestContext: { requestId: "req-1", ...(claims ? { authorizer: { jwt: { claims, scopes: [] } } } : {}) },
    http: { startedAt: 0, requestId: "req-1", valid: {} },
  }) as unknown as HttpEvent;

/** A handler behind `authorize(route)` that answers with the caller it was given. */
const guarded = (route: Partial<RouteSpec>) =>
  middy<HttpEvent, ApiResult>((event: HttpEvent) => ({ statusCode: 200, body: JSON.stringify(event.http.caller ?? null) })).use(authorize(route as RouteSpec));

const callerOf = async (route: Partial<RouteSpec>, claims?: Record<string, unknown>): Promise<Caller | null> => JSON.parse((await guarded(route)(event(claims), defaultContext)).body!);

describe("authorize", () => {
  it("lets anyone through to a public route, naming no caller", async () => {
    expect(await callerOf({ auth: "public" })).toBeNull();
    expect(await callerOf({ auth: "public" }, { sub: "fan-1", "cognito:groups": ["fan"] })).toBeNull();
  });

  it("refuses a protected route without verified claims: UNAUTHORIZED, before the handler runs", async () => {
    let ran = false;
    const handler = middy<HttpEvent, ApiResult>(() => {
      ran = true;
      return { statusCode: 200 };
    }).use(authorize({ auth: "user" } as RouteSpec));
    await expect(handler(event(), defaultContext)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(handler(event({ "cognito:groups": ["admin"] }), defaultContext)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect(ran).toBe(false);
  });

  it("refuses a caller in none of the route's roles: FORBIDDEN, naming the role needed", async () => {
    await expect(callerOf({ auth: "user", roles: ["admin"] }, { sub: "fan-1", "cognito:groups": "[fan]" })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining("admin"),
    });
    // A group that is not one of the product's roles admits nobody.
    await expect(callerOf({ auth: "user" }, { sub: "u-1", "cognito:groups": ["beta"] })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("hands the handler the caller, from claims as API Gateway flattens them or as a raw token has them", async () => {
    expect(await callerOf({ auth: "user", roles: ["admin"] }, { sub: "admin-1", username: "olga", "cognito:groups": "[admin fan]" })).toEqual({
      id: "admin-1",
      username: "olga",
      roles: ["admin", "fan"],
      role: "admin",
    });
    expect(await callerOf({ auth: "user", roles: ["fan"] }, { sub: "fan-1", "cognito:groups": ["fan"] })).toMatchObject({ id: "fan-1", role: "fan" });
  });

  it("admits every role to a protected route that lists none", async () => {
    expect(await callerOf({ auth: "user" }, { sub: "fan-1", "cognito:groups": ["fan"] })).toMatchObject({ role: "fan" });
    expect(await callerOf({ auth: "user" }, { sub: "admin-1", "cognito:groups": ["admin"] })).toMatchObject({ role: "admin" });
  });
});
