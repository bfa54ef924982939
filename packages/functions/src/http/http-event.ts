import type { MiddyfiedHandler, Request } from "@middy/core";
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context } from "aws-lambda";
import type { AwsCallCount } from "@slotbook/core";
import type { Caller } from "./caller";

/** What the middleware chain learns about a request, kept on the event beside what API Gateway sent. */
export interface HttpState {
  startedAt: number;
  requestId: string;
  /** The parsed JSON body (undefined when there was none). */
  json?: unknown;
  caller?: Caller;
  valid: { body?: unknown; params?: unknown; query?: unknown; headers?: unknown };
}

/** API Gateway HTTP API (payload v2) event; `requestContext.authorizer` is absent on public routes. */
export type ApiEvent = Omit<APIGatewayProxyEventV2WithJWTAuthorizer, "requestContext"> & {
  requestContext: Omit<APIGatewayProxyEventV2WithJWTAuthorizer["requestContext"], "authorizer"> & {
    authorizer?: APIGatewayProxyEventV2WithJWTAuthorizer["requestContext"]["authorizer"];
  };
};

/** `awsCalls`: the commands this request sent, per service (counted by the SDK middleware in the core). */
export type HttpEvent = ApiEvent & { http: HttpState; awsCalls?: AwsCallCount };
export type ApiResult = APIGatewayProxyStructuredResultV2;
export type HttpRequest = Request<HttpEvent, ApiResult, Error, Context>;
export type ApiHandler = MiddyfiedHandler<ApiEvent, ApiResult, Error, Context>;

export const headerValue = (event: ApiEvent, name: string): string | undefined => {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(event.headers ?? {})) if (key.toLowerCase() === wanted) return value;
  return undefined;
};
