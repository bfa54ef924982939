import type { MiddlewareObj } from "@middy/core";
import type { RouteSpec } from "../route-spec";
import type { ApiResult, HttpEvent, HttpRequest } from "../http-event";
import { logger } from "../logger";

/**
 * Outermost middleware: gives every request its id (API Gateway's), echoes it as `x-request-id`, and writes
 * one structured log line per request: route, status, duration, caller id, AWS calls per service. Never a body or a header.
 */
export function accessLog(route: RouteSpec & { name?: string }): MiddlewareObj<HttpEvent, ApiResult> {
  const finish = (request: HttpRequest) => {
    const state = request.event.http;
    const status = request.response?.statusCode ?? 500;
    request.response = {
      ...request.response,
      headers: { ...request.response?.headers, "x-request-id": state.requestId },
    };
    const line = {
      requestId: state.requestId,
      route: `${route.method} ${route.path}`,
      status,
      durationMs: Date.now() - state.startedAt,
      callerId: state.caller?.id,
      dynamoCalls: request.event.awsCalls?.dynamodb,
      cognitoCalls: request.event.awsCalls?.cognito,
      sesCalls: request.event.awsCalls?.ses,
      ...(request.event.awsCalls?.partitions ? { partitions: request.event.awsCalls.partitions } : {}),
    };
    if (status >= 500) logger.error("request failed", line);
    else logger.info("request", line);
  };
  return {
    before: (request) => {
      const requestId = request.event.requestContext?.requestId ?? crypto.randomUUID();
      request.event.http = { startedAt: Date.now(), requestId, valid: {} };
    },
    after: finish,
    onError: finish,
  };
}
