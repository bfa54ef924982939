import type { MiddlewareObj } from "@middy/core";
import httpSecurityHeaders from "@middy/http-security-headers";
import type { ApiResult, HttpEvent, HttpRequest } from "../http-event";
import type { RouteSpec } from "../route-spec";

/**
 * Security headers on every response, errors included: @middy/http-security-headers' defaults (nosniff,
 * HSTS, frame denial, …), plus `Cache-Control: no-store` on authenticated responses so no shared cache
 * ever keeps someone's data.
 */
export function responseHeaders(route: RouteSpec): MiddlewareObj<HttpEvent, ApiResult> {
  const security = httpSecurityHeaders() as MiddlewareObj<HttpEvent, ApiResult>;
  const addCacheControl = (request: HttpRequest) => {
    if (!request.response) return;
    const headers = { ...request.response.headers };
    if (route.auth !== "public" || request.response.statusCode === undefined || request.response.statusCode >= 400) {
      headers["cache-control"] = "no-store";
    }
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
