import type { MiddlewareObj } from "@middy/core";
import { roles as allRoles } from "@slotbook/contract";
import { DomainError } from "@slotbook/core";
import { callerFromClaims, type Claims } from "../caller";
import type { ApiResult, HttpEvent } from "../http-event";
import { allowedRoles, type RouteSpec } from "../route-spec";

/**
 * The role check. The token itself was verified before the Lambda ran (API Gateway's JWT authorizer in AWS,
 * the local gateway locally); here the verified claims must name a caller in one of the route's roles.
 */
export function authorize(route: RouteSpec): MiddlewareObj<HttpEvent, ApiResult> {
  const admitted = allowedRoles(route, allRoles);
  return {
    before: ({ event }) => {
      if (route.auth === "public") return;
      const caller = callerFromClaims(event.requestContext.authorizer?.jwt?.claims as Claims | undefined);
      if (!caller) throw new DomainError("UNAUTHORIZED", "Sign in first: this needs a valid access token.");
      if (!caller.roles.some((role) => admitted.includes(role))) {
        throw new DomainError("FORBIDDEN", `This needs the ${admitted.join(" or ")} role.`);
      }
      event.http.caller = caller;
    },
  };
}
