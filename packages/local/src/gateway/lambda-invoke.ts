import type { IncomingMessage, ServerResponse } from "node:http";
import { cognitoTriggers } from "@slotbook/functions/cognito/triggers";
import { expireOffersFunction, sendRemindersFunction } from "@slotbook/functions/scheduled/definition";
import { loadHandler } from "../handlers";

/** The Lambda Invoke API's path, as the AWS SDK (cognito-local's Lambda client) calls it. */
const invokePath = /^\/2015-03-31\/functions\/([^/]+)\/invocations$/;

const handlersByName: Record<string, string> = Object.fromEntries([
  ...Object.values(cognitoTriggers).map((trigger) => [trigger.functionName, trigger.handler]),
  // Scheduled work, so a test can run it with a time of its own choosing.
  [expireOffersFunction.functionName, expireOffersFunction.handler],
  [sendRemindersFunction.functionName, sendRemindersFunction.handler],
]);

/**
 * The local stand-in for Lambda's Invoke API, so cognito-local's triggers run the same handlers the user
 * pool runs in AWS (and tests can run scheduled work with their own clock). Answers as Lambda does: the function's result as the payload, or its error with
 * `X-Amz-Function-Error: Unhandled` (Cognito then fails the user's request). Loopback only, like the gateway.
 */
export async function handleLambdaInvoke(request: IncomingMessage, response: ServerResponse, pathname: string, body: Buffer, repoRoot: string): Promise<boolean> {
  const name = request.method === "POST" ? invokePath.exec(pathname)?.[1] : undefined;
  if (!name) return false;
  const handler = handlersByName[decodeURIComponent(name)];
  if (!handler) {
    response.writeHead(404, { "content-type": "application/json", "x-amzn-errortype": "ResourceNotFoundException" });
    response.end(JSON.stringify({ Type: "User", message: `Function not found: ${name}` }));
    return true;
  }
  try {
    const fn = await loadHandler<(event: unknown) => Promise<unknown>>(repoRoot, handler);
    const result = await fn(JSON.parse(body.toString("utf8") || "{}"));
    response.writeHead(200, { "content-type": "application/json" });
    response.end(JSON.stringify(result ?? null));
  } catch (error) {
    console.error(`local Lambda: ${name} failed`, error);
    response.writeHead(200, { "content-type": "application/json", "x-amz-function-error": "Unhandled" });
    response.end(JSON.stringify({ errorType: (error as Error).name ?? "Error", errorMessage: (error as Error).message ?? String(error) }));
  }
  return true;
}
