import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from "zod-openapi";
import { errorBodySchema } from "@slotbook/contract";
import { errorStatus } from "../http/errors";
import type { RouteSpec } from "../http/route-spec";
import { responseSchemas } from "./responses";

const retryAfter = {
  "Retry-After": { description: "Seconds to wait before trying again", schema: { type: "integer" as const, minimum: 1 } },
};

const errorResponse = (description: string, headers?: typeof retryAfter) => ({
  description,
  ...(headers ? { headers } : {}),
  content: { "application/json": { schema: errorBodySchema } },
});

/** Codes that are this status, from the one status table. */
const codesOf = (route: RouteSpec, status: number) => (route.errors ?? []).filter((code) => errorStatus[code] === status);

const makesAwsCalls = (route: RouteSpec) => Object.values(route.calls).some((budget) => budget !== 0);

/**
 * The error statuses a route can answer, derived from what it declares: its input (400, 413, 415), its
 * auth (401, 403), its own domain errors (404, 409, a public route's 401), throttling (429: API Gateway
 * throttles every route) and its dependencies (503 when it calls AWS). One place, so no route misses one.
 */
function errorResponses(route: RouteSpec) {
  const responses: Record<string, ReturnType<typeof errorResponse>> = {};
  const hasInput = Boolean(route.request?.body || route.request?.params || route.request?.query || route.request?.headers);
  const described = (status: number, fallback: string) => codesOf(route, status).join(", ") || fallback;
  if (hasInput) responses["400"] = errorResponse(route.request?.body ? "VALIDATION_FAILED or INVALID_JSON" : "VALIDATION_FAILED");
  if (route.auth === "user") responses["401"] = errorResponse("UNAUTHORIZED: no token, or a bad or expired one");
  else if (codesOf(route, 401).length > 0) responses["401"] = errorResponse(`${described(401, "UNAUTHORIZED")}: wrong credentials or code`);
  if (route.auth === "user") responses["403"] = errorResponse("FORBIDDEN: valid token, wrong role");
  if (codesOf(route, 404).length > 0) responses["404"] = errorResponse("NOT_FOUND: no such resource, or not the caller's");
  if (codesOf(route, 409).length > 0) responses["409"] = errorResponse(`${described(409, "CONFLICT")}: the current state forbids it`);
  if (route.request?.body) {
    responses["413"] = errorResponse("PAYLOAD_TOO_LARGE: body over 64 KiB");
    responses["415"] = errorResponse("UNSUPPORTED_MEDIA_TYPE: the body is not application/json");
  }
  responses["429"] = errorResponse("RATE_LIMITED: too many requests (throttled, or too many attempts)", retryAfter);
  responses["500"] = errorResponse("INTERNAL: a bug on our side; the message carries a reference");
  if (makesAwsCalls(route)) responses["503"] = errorResponse("UNAVAILABLE: a dependency is throttling or down; nothing was half-written", retryAfter);
  return responses;
}

function operation(name: string, route: RouteSpec): ZodOpenApiOperationObject {
  const successes = Object.fromEntries(
    Object.entries(route.responses).map(([status, response]) => [
      status,
      {
        description: response.description,
        ...(response.schema ? { content: { "application/json": { schema: responseSchemas[response.schema] } } } : {}),
        ...(response.contentType ? { content: { [response.contentType]: { schema: { type: "string" as const } } } } : {}),
      },
    ]),
  );
  return {
    operationId: name,
    summary: route.summary,
    tags: route.tags,
    ...(route.auth === "user"
      ? { security: [{ bearerAuth: [] }], description: `Roles: ${(route.roles ?? ["any"]).join(", ")}` }
      : { security: [], description: "Public: no token needed." }),
    ...(route.request?.params || route.request?.query || route.request?.headers
      ? {
          requestParams: {
            ...(route.request.params ? { path: route.request.params } : {}),
            ...(route.request.query ? { query: route.request.query } : {}),
            ...(route.request.headers ? { header: route.request.headers } : {}),
          },
        }
      : {}),
    ...(route.request?.body ? { requestBody: { required: true, content: { "application/json": { schema: route.request.body } } } } : {}),
    // A route's own response for a status (health's 503 report) wins over the generic error body.
    responses: { ...errorResponses(route), ...successes },
  };
}

/** The OpenAPI 3.1 document of every documented route, generated from the route table's zod schemas. */
export function openApiDocument(table: Readonly<Record<string, RouteSpec>>, info: { title: string; version: string }) {
  const paths: ZodOpenApiPathsObject = {};
  for (const [name, route] of Object.entries(table)) {
    if (route.documented === false || route.method === "ANY") continue;
    paths[route.path] ??= {};
    paths[route.path]![route.method.toLowerCase() as "get"] = operation(name, route);
  }
  return createDocument({
    openapi: "3.1.0",
    info: {
      ...info,
      description: "Appointment booking API. Errors always use the ErrorBody schema.",
      license: { name: "MIT", identifier: "MIT" },
    },
    servers: [{ url: "/" }],
    components: {
      securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", bearerFormat: "Cognito access token (JWT)" } },
    },
    paths,
  });
}
