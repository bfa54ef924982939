import type { RouteSpec } from "@slotbook/functions/http/route-spec";

/** The API's one authorizer: API Gateway's JWT check of Cognito access tokens. */
export const jwtAuthorizerName = "cognito";

/** API Gateway's route key, e.g. `GET /api/events/{id}` or `ANY /{proxy+}`. */
export const routeKey = (route: Pick<RouteSpec, "method" | "path">): string => `${route.method} ${route.path}`;

export interface ApiFunctionRoute {
  function: { handler: string; description: string };
  authorizer: "none" | typeof jwtAuthorizerName;
}

/**
 * One API Gateway route per route-table entry, each with its own function. `user` routes need a valid
 * access token (the role is then checked in the handler's middleware, from `cognito:groups`).
 */
export function apiRoutes(routeTable: readonly RouteSpec[]): Record<string, ApiFunctionRoute> {
  const routes: Record<string, ApiFunctionRoute> = {};
  for (const route of routeTable) {
    const key = routeKey(route);
    if (routes[key]) throw new Error(`The route table has "${key}" twice.`);
    routes[key] = {
      function: { handler: route.handler, description: key },
      authorizer: route.auth === "user" ? jwtAuthorizerName : "none",
    };
  }
  return routes;
}
