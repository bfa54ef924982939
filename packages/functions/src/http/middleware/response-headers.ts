import type { MiddlewareObj } from "@middy/core";
import httpSecurityHeaders from "@middy/http-security-headers";
import type { ApiResult, HttpEvent, HttpRequest } from "../http-event";
import { edgeCacheControl, type RouteSpec } from "../route-spec";

/**
 * Security headers on every response, errors included: @middy/http-security-headers' defaults (nosniff,
 * HSTS, frame denial, …), plus `Cache-Control`: `no-store` on authenticated responses and errors, so no
 * shared cache ever keeps someone's data or an outage; a cached public route's successful answers say how
 * long CloudFront may keep them (`edgeCache` in the route table).
 */
export function responseHeaders(route: RouteSpec): MiddlewareObj<HttpEvent, ApiResult> {
  const security = httpSecurityHeaders() as MiddlewareObj<HttpEvent, ApiResult>;
  const addCacheControl = (request: HttpRequest) => {
    if (!request.response) return;
    const headers = { ...request.response.headers };
    const failed = request.response.statusCode === undefined || request.response.statusCode >= 400;
    if (route.auth !== "public" || failed) headers["cache-control"] = "no-store";
    else if (route.edgeCache) headers["cache-control"] = edgeCacheControl(route.edgeCache);
    request.response = { ...request.response, headers };
  };
  return {
    after: async (request) => {
      await security.after?.(request);
      addCacheControl(request);
    },
    onError: async (request) => {
      await security.onError?.(request);
      addCacheControl(request);
    },
  };
}
