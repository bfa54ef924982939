import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { corsPolicy, routeList, type ApiEvent, type ApiResult } from "@slotbook/functions";
import { loadHandler } from "../handlers";
import { apiGatewayEvent } from "./api-event";
import { handleLambdaInvoke } from "./lambda-invoke";
import { createRouteMatcher } from "./route-matcher";
import { createThrottle } from "./throttle";
import { claimsAsApiGatewaySendsThem, createTokenVerifier } from "./token-verifier";

type LambdaHandler = (event: ApiEvent, context: unknown) => Promise<ApiResult>;

/** API Gateway refuses payloads over 10 MB before any Lambda runs; the handlers enforce the API's own 64 KiB. */
const gatewayBodyLimit = 10 * 1024 * 1024;

export interface GatewayOptions {
  port: number;
  repoRoot: string;
  siteOrigins: string[];
  cognitoEndpoint: string;
  userPoolId: string;
  userPoolClientId: string;
}

const errorJson = (code: string, message: string) => JSON.stringify({ error: { code, message } });

/**
 * The local stand-in for API Gateway: serves the route table by importing the real handler modules and
 * calling them with HTTP API v2 events, verifying bearer tokens exactly where the JWT authorizer would,
 * and answering CORS preflights as the API's CORS configuration does.
 */
export async function startGateway(options: GatewayOptions) {
  const match = createRouteMatcher(routeList);
  const verify = await createTokenVerifier({
    cognitoEndpoint: options.cognitoEndpoint,
    userPoolId: options.userPoolId,
    clientId: options.userPoolClientId,
  });
  const cors = corsPolicy(options.siteOrigins);
  const throttles = new Map(routeList.filter((route) => route.throttle).map((route) => [route.name, createThrottle(route.throttle!)]));

  const corsHeaders = (origin: string | undefined): Record<string, string> =>
    origin && cors.allowOrigins.includes(origin)
      ? { "access-control-allow-origin": origin, "access-control-expose-headers": cors.exposeHeaders.join(","), vary: "origin" }
      : {};

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? "/", "http://localhost");
    const method = request.method ?? "GET";
    const origin = request.headers.origin;
    const send = (status: number, headers: Record<string, string>, body?: string) => {
      response.writeHead(status, { ...corsHeaders(origin), ...headers });
      response.end(body);
    };

    if (method === "OPTIONS" && request.headers["access-control-request-method"]) {
      const allowed = origin !== undefined && cors.allowOrigins.includes(origin);
      return send(204, allowed ? {
        "access-control-allow-methods": cors.allowMethods.join(","),
        "access-control-allow-headers": cors.allowHeaders.join(","),
        "access-control-max-age": String(cors.maxAgeSeconds),
      } : {});
    }

    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of request) {
      size += (chunk as Buffer).length;
      if (size > gatewayBodyLimit) return send(413, { "content-type": "application/json" }, errorJson("PAYLOAD_TOO_LARGE", "The request body is too large."));
      chunks.push(chunk as Buffer);
    }

    if (await handleLambdaInvoke(request, response, url.pathname, Buffer.concat(chunks), options.repoRoot)) return;

    const matched = match(method, url.pathname);
    if (!matched) return send(404, { "content-type": "application/json" }, errorJson("NOT_FOUND", "No such route."));

    const throttled = throttles.get(matched.route.name)?.();
    if (throttled && !throttled.allowed) {
      return send(429, { "content-type": "application/json", "retry-after": String(throttled.retryAfterSeconds) }, errorJson("RATE_LIMITED", "Too many requests. Wait a moment and try again."));
    }

    let claims: Record<string, string> | undefined;
    if (matched.route.auth === "user") {
      const payload = await verify(request.headers.authorization);
      // In AWS the JWT authorizer answers here, before any Lambda runs.
      if (!payload) return send(401, { "content-type": "application/json" }, errorJson("UNAUTHORIZED", "Sign in first: this needs a valid access token."));
      claims = claimsAsApiGatewaySendsThem(payload);
    }

    const event = apiGatewayEvent({ request, url, routeKey: matched.routeKey, pathParameters: matched.params, body: Buffer.concat(chunks), claims });
    const handler = await loadHandler<LambdaHandler>(options.repoRoot, matched.route.handler);
    const result = await handler(event, lambdaContext(matched.route.handler, event.requestContext.requestId));
    const headers = Object.fromEntries(Object.entries(result.headers ?? {}).map(([key, value]) => [key, String(value)]));
    const body = result.body === undefined ? undefined : result.isBase64Encoded ? Buffer.from(result.body, "base64").toString() : result.body;
    send(result.statusCode ?? 200, headers, body);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      // A handler that throws past its middleware is a Lambda error: API Gateway answers 500.
      console.error("local gateway: handler crashed", error);
      if (!response.headersSent) response.writeHead(500, { "content-type": "application/json" });
      response.end(errorJson("INTERNAL", "Something went wrong on our side."));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", () => resolve());
  });
  return {
    url: `http://127.0.0.1:${options.port}`,
    // Requests still running (or keep-alive clients) must not keep the port open once the cloud stops.
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function lambdaContext(functionName: string, awsRequestId: string) {
  const deadline = Date.now() + 30_000;
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: "$LATEST",
    invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:${functionName}`,
    memoryLimitInMB: "1024",
    awsRequestId,
    logGroupName: "local",
    logStreamName: "local",
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
  };
}
