import { healthSchema, sessionSchema } from "./http/schemas";
import type { RouteSpec } from "./http/route-spec";

const fn = (name: string) => `packages/functions/src/api/${name}.handler`;

/**
 * THE route table: the single source of truth for API Gateway (stacks/Api.ts), the local gateway
 * (packages/local), the OpenAPI document and the authorization tests. A route added here exists everywhere.
 */
export const routes = {
  health: {
    method: "GET",
    path: "/api/health",
    handler: fn("health"),
    auth: "public",
    summary: "Liveness check",
    tags: ["meta"],
    responses: { 200: { description: "The API is up", schema: healthSchema } },
  },
  openapi: {
    method: "GET",
    path: "/api/openapi.json",
    handler: fn("openapi"),
    auth: "public",
    summary: "This API's OpenAPI 3.1 document",
    tags: ["meta"],
    responses: { 200: { description: "OpenAPI 3.1 document" } },
  },
  session: {
    method: "GET",
    path: "/api/auth/session",
    handler: fn("session"),
    auth: "user",
    summary: "Who the bearer token belongs to, read from its verified claims",
    tags: ["auth"],
    responses: { 200: { description: "The caller's identity and role", schema: sessionSchema } },
  },
  notFound: {
    method: "ANY",
    path: "/{proxy+}",
    handler: fn("not-found"),
    auth: "public",
    summary: "Any path no other route matches: the contract's 404 body instead of API Gateway's",
    responses: {},
    documented: false,
  },
} as const satisfies Record<string, RouteSpec>;

export type RouteName = keyof typeof routes;
export const routeList: ReadonlyArray<RouteSpec & { name: string }> = Object.entries(routes).map(
  ([name, route]) => ({ name, ...route }),
);
