import type { ErrorCode, Role } from "@slotbook/contract";
import type { z } from "zod/mini";
import type { IndexName } from "@slotbook/core/data/table";
import type { ResponseSchemaName } from "../openapi/responses";

export type HttpMethod = "GET" | "POST" | "PUT" | "DELETE" | "ANY";

/**
 * A request schema as the validate middleware runs it: by its own safeParse, which zod/mini's schemas (the
 * contract's) have, so no function imports zod's parser for it (the catch-all, which validates nothing,
 * carries no zod at all).
 */
export type RequestSchema<S extends z.core.$ZodType = z.core.$ZodType> = S & {
  safeParse(data: unknown): { success: true; data: z.output<S> } | { success: false; error: z.core.$ZodError };
};

export interface ResponseSpec {
  description: string;
  /** Its JSON schema, by name (the OpenAPI document's, not the handler's: openapi/responses.ts). */
  schema?: ResponseSchemaName;
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
    body?: RequestSchema;
    params?: RequestSchema<z.core.$ZodObject>;
    query?: RequestSchema<z.core.$ZodObject>;
    /** Headers the route reads, by lower-case name. */
    headers?: RequestSchema<z.core.$ZodObject>;
  };
  /**
   * The most AWS calls one request may make, per service (counted per request by an SDK middleware and
   * logged as `dynamoCalls`, `cognitoCalls`, `sesCalls`; tests and the benchmark hold every route to it).
   * DynamoDB "proportional" only for organiser writes that touch each slot of an event (publish, update: one
   * write per slot opens its counter; delete), never for a fan's or a public route.
   */
  calls: CallBudget;
  /**
   * What the route's function may do in AWS: the Api stack builds its IAM policy from this and nothing else,
   * and the parity test checks it against the calls the function really makes (both ways).
   */
  access: FunctionAccess;
  /**
   * Public GET routes whose answers a shared cache (CloudFront) may keep: `s-maxage` seconds fresh, then
   * served stale while one request revalidates. Availability may be that old on a page; the booking
   * transaction is the only authority on seats. Routes without it are never cached.
   */
  edgeCache?: EdgeCache;
  /** Per-route throttling (API Gateway route settings in AWS, a token bucket in the local gateway). */
  throttle?: { burstLimit: number; rateLimit: number };
  /**
   * The domain errors the route answers besides the ones every route may (validation, auth, throttling,
   * outages): its 404 and 409 codes, or a 401 from a public route. The OpenAPI document lists them.
   */
  errors?: readonly ErrorCode[];
  /** Success responses; the error responses are added to the OpenAPI document from `auth`, `request` and `errors`. */
  responses: Record<number, ResponseSpec>;
  /** False for routes that are not part of the contract (the catch-all 404). */
  documented?: boolean;
}

export interface CallBudget {
  dynamodb: number | "proportional";
  cognito: number;
  ses: number;
}

/** DynamoDB actions on the table's own items (a transaction needs the action of each of its parts). */
export type TableAction = "GetItem" | "BatchGetItem" | "Query" | "PutItem" | "UpdateItem" | "DeleteItem" | "BatchWriteItem" | "ConditionCheckItem";

/**
 * Cognito user-pool actions that IAM authorizes (the `Admin*` API). The public and token-authorized
 * actions (SignUp, InitiateAuth, ConfirmSignUp, ForgotPassword, RevokeToken, ChangePassword, …) are not
 * IAM-authorized and are never declared.
 */
export type CognitoAdminAction =
  | "AdminAddUserToGroup"
  | "AdminConfirmSignUp"
  | "AdminCreateUser"
  | "AdminDeleteUser"
  | "AdminDeleteUserAttributes"
  | "AdminGetUser"
  | "AdminListGroupsForUser"
  | "AdminSetUserPassword"
  | "AdminUpdateUserAttributes";

/** One function's permissions, declared beside its route (or, for the notifier, beside its wiring). */
export interface FunctionAccess {
  /** Actions on the table's items. */
  table?: readonly TableAction[];
  /** Global secondary indexes the function queries (`dynamodb:Query` on each, nothing else). */
  indexes?: readonly IndexName[];
  /** Admin actions on the stage's user pool. */
  cognito?: readonly CognitoAdminAction[];
  /** Sends raw email (SES) from the stage's sender address only. */
  sendMail?: boolean;
  /** Sends SMS (SNS Publish) to phone numbers only: never to a topic. */
  sendSms?: boolean;
  /**
   * Share pages: "publish" writes and removes `e/*` in the site bucket and their keys in the KeyValueStore of
   * slugs; "render" only writes them (the re-render after a deploy); both read the site's shell.
   */
  sharePages?: "publish" | "render";
}

/** A function that touches nothing in AWS. */
export const noAccess: FunctionAccess = {};

/** The roles a route admits: those it lists, or every role when it lists none. */
export const allowedRoles = (route: RouteSpec, all: readonly Role[]): readonly Role[] =>
  route.auth === "public" ? [] : (route.roles ?? all);

/** `packages/functions/src/api/health.handler` → `{ file: "packages/functions/src/api/health", exportName: "handler" }` */
export function splitHandler(handler: string): { file: string; exportName: string } {
  const dot = handler.lastIndexOf(".");
  return { file: handler.slice(0, dot), exportName: handler.slice(dot + 1) };
}

export interface EdgeCache {
  sMaxAgeSeconds: number;
  staleWhileRevalidateSeconds: number;
}

/** The Cache-Control of a cached route's successful answers: browsers revalidate, shared caches keep it briefly. */
export const edgeCacheControl = (cache: EdgeCache) =>
  `public, max-age=0, s-maxage=${cache.sMaxAgeSeconds}, stale-while-revalidate=${cache.staleWhileRevalidateSeconds}`;

/**
 * CloudFront path patterns of the routes a shared cache may keep (`/api/events/public/{url}` →
 * `/api/events/public/*`). Only public GET routes may declare `edgeCache`.
 */
export function edgeCachedPathPatterns(routes: readonly RouteSpec[]): string[] {
  const patterns = new Set<string>();
  for (const route of routes.filter((entry) => entry.edgeCache)) {
    if (route.auth !== "public" || route.method !== "GET") throw new Error(`${route.method} ${route.path}: only public GET routes may be cached at the edge.`);
    const wildcard = route.path.indexOf("{");
    patterns.add(wildcard === -1 ? route.path : `${route.path.slice(0, wildcard)}*`);
  }
  return [...patterns];
}
