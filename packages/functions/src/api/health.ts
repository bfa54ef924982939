import { checkDependencies } from "@slotbook/core/adapters/dependency-checks";
import { unreachableRetryAfterSeconds } from "@slotbook/core/adapters/unreachable";
import { httpHandler } from "../http/handler";
import * as routes from "../routes";

/**
 * Liveness (`GET /api/health`: 200 `{ status: "ok" }`, touches nothing) and, with `?deep=1`, readiness: each
 * dependency checked at once (one DynamoDB call), 503 UNAVAILABLE with Retry-After when one is down.
 */
export const handler = httpHandler(routes.health, async ({ query }) => {
  if (query.deep !== "1" && query.deep !== "true") return { status: 200, body: { status: "ok" } };
  const report = await checkDependencies();
  if (report.status === "ok") return { status: 200, body: report };
  const down = Object.entries(report.checks).filter(([, result]) => result === "down").map(([name]) => name);
  return {
    status: 503,
    headers: { "retry-after": String(unreachableRetryAfterSeconds) },
    body: { error: { code: "UNAVAILABLE", message: `Not ready: ${down.join(", ")} can't be reached.` }, ...report },
  };
});
