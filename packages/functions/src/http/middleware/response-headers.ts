import type { MiddlewareObj } from "@middy/core";
import type { ApiResult, HttpEvent, HttpRequest } from "../http-event";
import { edgeCacheControl, type RouteSpec } from "../route-spec";

/**
 * The security headers of every API answer, errors included: the set OWASP's REST Security Cheat Sheet gives
 * JSON APIs (a CSP that loads and frames nothing, HSTS, nosniff, no framing), plus no referrer and a
 * same-origin resource policy. A fixed set, not @middy/http-security-headers: its option checks and its
 * defaults for HTML pages (a Permissions-Policy of forty features, COEP, …) cost every function about 1 ms
 * of its cold start, for headers a JSON answer has no use for.
 */
export const apiSecurityHeaders = {
  "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
  "Strict-Transport-Security": "max-age=31536000; includeSubDomains",
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "no-referrer",
  "Cross-Origin-Resource-Policy": "same-origin",
} as const;

/**
 * The security headers on every response, errors included (a handler's own headers kept), and
 * `Cache-Control`: `no-store` on authenticated responses and errors, so no shared cache ever keeps someone's
 * data or an outage; a cached public route's successful answers say how long CloudFront may keep them
 * (`edgeCache` in the route table).
 */
export function responseHeaders(route: RouteSpec): MiddlewareObj<HttpEvent, ApiResult> {
  const addHeaders = (request: HttpRequest) => {
    if (!request.response) return;
    const headers: Record<string, string | number | boolean> = { ...apiSecurityHeaders, ...request.response.headers };
    const failed = request.response.statusCode === undefined || request.response.statusCode >= 400;
    if (route.auth !== "public" || failed) headers["cache-control"] = "no-store";
    else if (route.edgeCache) headers["cache-control"] = edgeCacheControl(route.edgeCache);
    request.response = { ...request.response, headers };
  };
  return { after: addHeaders, onError: addHeaders };
}
