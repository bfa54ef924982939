import { GetUserCommand } from "@aws-sdk/client-cognito-identity-provider";
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { config } from "../config";
import { cognitoClient } from "./aws-clients";
import { tableClient, tableName } from "./dynamo/document-client";
import { isUnreachable } from "./unreachable";

export const dependencies = ["dynamodb", "cognito", "ses"] as const;
export type Dependency = (typeof dependencies)[number];
export type CheckResult = "ok" | "down";

export interface DependencyReport {
  status: "ok" | "degraded";
  checks: Record<Dependency, CheckResult>;
}

/** A readiness check never keeps its caller longer than this, whatever the SDK's timeouts and retries. */
const probeTimeoutMs = 3000;

/**
 * Any answer from the service, even an error about this request (an unknown key, a bad token, AccessDenied),
 * proves it is reachable; a connection refused, reset or timed out, or a 5xx, does not. The same line that
 * separates a 4xx from a 503 UNAVAILABLE on every other route.
 */
function answered(error: unknown): boolean {
  const status = (error as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode;
  return status !== undefined && status < 500 && !isUnreachable(error);
}

async function probe(check: (abortSignal: AbortSignal) => Promise<unknown>): Promise<CheckResult> {
  try {
    await check(AbortSignal.timeout(probeTimeoutMs));
    return "ok";
  } catch (error) {
    return answered(error) ? "ok" : "down";
  }
}

/**
 * Readiness of each dependency, with the API's own clients and endpoints, all three at once:
 * - DynamoDB: one GetItem of a key that never exists, on the table (1 DynamoDB call);
 * - Cognito: GetUser with a token that is not one (1 Cognito call, no IAM permission needed; "not
 *   authorized" is the expected answer);
 * - SES: an HTTP request to its endpoint (no SES action, so no permission and no mail): any HTTP answer.
 */
export async function checkDependencies(): Promise<DependencyReport> {
  const { sesEndpoint, region } = config();
  const [dynamodb, cognito, ses] = await Promise.all([
    probe((abortSignal) => tableClient().send(new GetCommand({ TableName: tableName(), Key: { pk: "HEALTH#probe", sk: "HEALTH" } }), { abortSignal })),
    probe((abortSignal) => cognitoClient().send(new GetUserCommand({ AccessToken: "health-check" }), { abortSignal })),
    probe(async (signal) => {
      const response = await fetch(sesEndpoint ?? `https://email.${region}.amazonaws.com/`, { signal });
      await response.body?.cancel();
      if (response.status >= 500) throw new Error(`SES answered ${response.status}`);
    }),
  ]);
  const checks = { dynamodb, cognito, ses };
  return { status: Object.values(checks).every((result) => result === "ok") ? "ok" : "degraded", checks };
}
