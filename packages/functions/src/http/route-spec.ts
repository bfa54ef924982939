import type { z } from "zod";
import type { Role } from "@slotbook/core";

export type HttpMethod = "GET" | "POST" | "PUT" | "DELETE" | "ANY";

export interface ResponseSpec {
  description: string;
  schema?: z.ZodType;
  /** For a non-JSON response. */
  contentType?: string;
}

/**
 * One row of the route table. `handler` is the Lambda handler in SST's form (a repo-relative module path
 * without extension, then the export name), so the stack, the local gateway and the tests all find the
 * same module from it.
 */
export interface RouteSpec {
  method: HttpMethod;
  /** API Gateway path syntax: `/api/events/{id}`; `/{proxy+}` is the catch-all. */
  path: string;
  handler: string;
  /** `public`: no token. `user`: a valid Cognito access token whose groups include one of `roles`. */
  auth: "public" | "user";
  roles?: readonly Role[];
  summary: string;
  tags?: string[];
  request?: {
    body?: z.ZodType;
    params?: z.ZodObject;
    query?: z.ZodObject;
    /** Headers the route reads, by lower-case name. */
    headers?: z.ZodObject;
  };
  /**
   * The most DynamoDB calls one request may make (counted per request and logged as `dynamoCalls`; tests
   * hold every route to it). "proportional" only for deleting an event, which touches each of its slots.
   */
  dynamoCalls: number | "proportional";
  /** Per-route throttling (API Gateway route settings in AWS, a token bucket in the local gateway). */
  throttle?: { burstLimit: number; rateLimit: number };
  /** Success responses; the error responses are added to the OpenAPI document from `auth` and `request`. */
  responses: Record<number, ResponseSpec>;
  /** False for routes that are not part of the contract (the catch-all 404). */
  documented?: boolean;
}

/** The roles a route admits: those it lists, or every role when it lists none. */
export const allowedRoles = (route: RouteSpec, all: readonly Role[]): readonly Role[] =>
  route.auth === "public" ? [] : (route.roles ?? all);

/** `packages/functions/src/api/health.handler` → `{ file: "packages/functions/src/api/health", exportName: "handler" }` */
export function splitHandler(handler: string): { file: string; exportName: string } {
  const dot = handler.lastIndexOf(".");
  return { file: handler.slice(0, dot), exportName: handler.slice(dot + 1) };
}
