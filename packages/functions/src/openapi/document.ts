import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from "zod-openapi";
import { errorBodySchema } from "../http/schemas";
import type { RouteSpec } from "../http/route-spec";

const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: errorBodySchema } },
});

/** The error statuses a route can answer, derived from what it declares. */
function errorResponses(route: RouteSpec) {
  const responses: Record<string, ReturnType<typeof errorResponse>> = {};
  const hasInput = Boolean(route.request?.body || route.request?.params || route.request?.query || route.request?.headers);
  if (hasInput) responses["400"] = errorResponse("VALIDATION_FAILED or INVALID_JSON");
  if (route.auth === "user") {
    responses["401"] = errorResponse("UNAUTHORIZED: no token, or a bad or expired one");
    responses["403"] = errorResponse("FORBIDDEN: valid token, wrong role");
  }
  if (route.request?.body) responses["413"] = errorResponse("PAYLOAD_TOO_LARGE: body over 64 KiB");
  responses["500"] = errorResponse("INTERNAL: a bug on our side; the message carries a reference");
  return responses;
}

function operation(name: string, route: RouteSpec): ZodOpenApiOperationObject {
  const successes = Object.fromEntries(
    Object.entries(route.responses).map(([status, response]) => [
      status,
      {
        description: response.description,
        ...(response.schema ? { content: { "application/json": { schema: response.schema } } } : {}),
        ...(response.contentType ? { content: { [response.contentType]: { schema: { type: "string" as const } } } } : {}),
      },
    ]),
  );
  return {
    operationId: name,
    summary: route.summary,
    tags: route.tags,
    ...(route.auth === "user" ? { security: [{ bearerAuth: [] }], description: `Roles: ${(route.roles ?? ["any"]).join(", ")}` } : {}),
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
    responses: { ...successes, ...errorResponses(route) },
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
    info: { ...info, description: "Appointment booking API. Errors always use the ErrorBody schema." },
    servers: [{ url: "/" }],
    components: {
      securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", bearerFormat: "Cognito access token (JWT)" } },
    },
    paths,
  });
}
