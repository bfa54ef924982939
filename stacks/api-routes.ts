import type { PolicyStatement } from "aws-cdk-lib/aws-iam";
import type { RouteSpec } from "@slotbook/functions/http/route-spec";
import { accessStatements, type AccessTargets } from "./function-access";

/** The API's one authorizer: API Gateway's JWT check of Cognito access tokens. */
export const jwtAuthorizerName = "cognito";

/** API Gateway's route key, e.g. `GET /api/events/{id}` or `ANY /{proxy+}`. */
export const routeKey = (route: Pick<RouteSpec, "method" | "path">): string => `${route.method} ${route.path}`;

export interface ApiFunctionRoute {
  function: { handler: string; description: string; permissions: PolicyStatement[] };
  authorizer: "none" | typeof jwtAuthorizerName;
}

/**
 * One API Gateway route per route-table entry, each with its own function and its own least-privilege
 * policy, built from the route's declared `access`. `user` routes need a valid access token (the role is
 * then checked in the handler's middleware, from `cognito:groups`). A route without `access` or a call
 * budget is refused.
 */
export function apiRoutes(routeTable: readonly RouteSpec[], targets: AccessTargets): Record<string, ApiFunctionRoute> {
  const routes: Record<string, ApiFunctionRoute> = {};
  for (const route of routeTable) {
    const key = routeKey(route);
    if (routes[key]) throw new Error(`The route table has "${key}" twice.`);
    if (!route.calls) throw new Error(`${key} has no call budget: give it \`calls\` in the route table.`);
    routes[key] = {
      function: { handler: route.handler, description: key, permissions: accessStatements(route.access, targets, key) },
      authorizer: route.auth === "user" ? jwtAuthorizerName : "none",
    };
  }
  return routes;
}
