import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { ApiEvent } from "@slotbook/functions";

/** Builds the API Gateway HTTP API (payload format 2.0) event a Lambda would receive for this request. */
export function apiGatewayEvent(input: {
  request: IncomingMessage;
  url: URL;
  routeKey: string;
  pathParameters: Record<string, string>;
  body: Buffer;
  claims?: Record<string, string>;
}): ApiEvent {
  const { request, url, body } = input;
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(",") : value;
  }
  const query: Record<string, string> = {};
  for (const [name, value] of url.searchParams) query[name] = name in query ? `${query[name]},${value}` : value;
  const isText = body.length === 0 || /json|text|x-www-form-urlencoded/.test(headers["content-type"] ?? "application/json");
  const now = new Date();
  return {
    version: "2.0",
    routeKey: input.routeKey,
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    headers,
    ...(url.search ? { queryStringParameters: query } : {}),
    ...(Object.keys(input.pathParameters).length > 0 ? { pathParameters: input.pathParameters } : {}),
    ...(body.length > 0 ? { body: isText ? body.toString("utf8") : body.toString("base64") } : {}),
    isBase64Encoded: !isText,
    requestContext: {
      accountId: "local",
      apiId: "local",
      domainName: headers.host ?? "localhost",
      domainPrefix: "localhost",
      http: {
        method: request.method ?? "GET",
        path: url.pathname,
        protocol: `HTTP/${request.httpVersion}`,
        sourceIp: request.socket.remoteAddress ?? "127.0.0.1",
        userAgent: headers["user-agent"] ?? "",
      },
      requestId: randomUUID(),
      routeKey: input.routeKey,
      stage: "$default",
      time: now.toISOString(),
      timeEpoch: now.getTime(),
      ...(input.claims ? { authorizer: { principalId: "", integrationLatency: 0, jwt: { claims: input.claims, scopes: [] } } } : {}),
    },
  } as ApiEvent;
}
