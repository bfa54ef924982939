import { AsyncLocalStorage } from "node:async_hooks";
import { appendFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { failedParts, partitionTouches, type PartitionTouch } from "./partition-touches";

/**
 * Counts and records the AWS calls a function makes, from one SDK middleware attached to every client the
 * core builds (DynamoDB, Cognito, SES, S3, CloudFront's KeyValueStore, SNS; `recordAwsCalls`).
 *
 * - Per request: the HTTP layer opens a count scope and logs, per service, how many commands the request
 *   sent (each command once, however often the SDK retries it). Tests and the benchmark hold every route to
 *   the call budget in the route table from those logs.
 * - Per function: a runtime that runs several functions in one process (the local cloud) names the function
 *   around each invocation (`runAsFunction`). When `SLOTBOOK_AWS_CALLS_DIR` is set, each distinct
 *   (function, IAM action, resource) is appended there as a JSON line, so a test can prove every function's
 *   IAM policy against what it really did.
 *
 * The scopes live on `globalThis` so that every copy of this module in a process (a test runner may load
 * the core more than once) shares them.
 */

/** The services whose calls are budgeted per request. */
export const budgetedServices = ["dynamodb", "cognito", "ses"] as const;
export type BudgetedService = (typeof budgetedServices)[number];

/**
 * Commands sent while serving one request, by service; with `partitions`, also each DynamoDB partition the
 * request touched and its cost there (partition-touches.ts), for the slot-locality test and the rush bench.
 */
export type AwsCallCount = Record<BudgetedService, number> & { partitions?: PartitionTouch[] };

/** Set to 1 to record the partitions each request touches (tests and the benchmark; off in AWS). */
export const recordPartitionsEnv = "SLOTBOOK_RECORD_PARTITIONS";

export const noCalls = (): AwsCallCount => ({ dynamodb: 0, cognito: 0, ses: 0, ...(process.env[recordPartitionsEnv] === "1" ? { partitions: [] } : {}) });

/** One IAM-relevant call: the action as IAM names it and the resource it acts on (`table/T/index/I`, `userpool/P`, `identity/E`, `bucket/key`, a KeyValueStore's ARN, `phone-number`). */
export interface RecordedCall {
  /** The function's handler, as SST names it (`packages/functions/src/api/health.handler`). */
  function: string;
  /** IAM action, e.g. `dynamodb:GetItem`, `cognito-idp:AdminGetUser`, `ses:SendRawEmail`. */
  action: string;
  resource: string;
}

interface Scopes {
  count: AsyncLocalStorage<AwsCallCount>;
  fn: AsyncLocalStorage<string>;
  written: Set<string>;
}
const scopes: Scopes = ((globalThis as Record<symbol, unknown>)[Symbol.for("slotbook.awsCalls")] ??= {
  count: new AsyncLocalStorage<AwsCallCount>(),
  fn: new AsyncLocalStorage<string>(),
  written: new Set<string>(),
}) as Scopes;

/** Runs `fn` counting its AWS calls into `count`. */
export const countAwsCalls = <T>(count: AwsCallCount, fn: () => Promise<T>): Promise<T> => scopes.count.run(count, fn);

/** Runs one invocation of the function `handler` (its SST handler string), so its calls are recorded as its own. */
export const runAsFunction = <T>(handler: string, fn: () => Promise<T>): Promise<T> => scopes.fn.run(handler, fn);

/** The environment variable naming the directory recordings go to (unset: nothing is recorded). */
export const awsCallsDirEnv = "SLOTBOOK_AWS_CALLS_DIR";

const services: Record<string, { iam: string; budget?: BudgetedService }> = {
  DynamoDBClient: { iam: "dynamodb", budget: "dynamodb" },
  CognitoIdentityProviderClient: { iam: "cognito-idp", budget: "cognito" },
  SESClient: { iam: "ses", budget: "ses" },
  SESv2Client: { iam: "ses", budget: "ses" },
  SQSClient: { iam: "sqs" },
  S3Client: { iam: "s3" },
  CloudFrontKeyValueStoreClient: { iam: "cloudfront-keyvaluestore" },
  SNSClient: { iam: "sns" },
};

type Input = Record<string, unknown> | undefined;
const text = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

/** `"Slotbook <no-reply@example.com>"` → `no-reply@example.com` */
const addressOf = (source: string) => /<([^>]+)>/.exec(source)?.[1] ?? source.trim();

/** DynamoDB: the actions IAM checks for a command (a transaction is checked item by item). */
function dynamoCalls(command: string, input: Input): Array<{ action: string; resource: string }> {
  const table = (name: unknown, index?: unknown) => `table/${String(name)}${index ? `/index/${String(index)}` : ""}`;
  if (command === "TransactWriteItems") {
    const items = (input?.TransactItems ?? []) as Array<Record<string, { TableName?: string }>>;
    const actions: Record<string, string> = { Put: "PutItem", Update: "UpdateItem", Delete: "DeleteItem", ConditionCheck: "ConditionCheckItem" };
    return items.flatMap((item) => Object.entries(item).map(([kind, part]) => ({ action: actions[kind] ?? kind, resource: table(part.TableName) })));
  }
  if (command === "TransactGetItems") {
    const items = (input?.TransactItems ?? []) as Array<{ Get?: { TableName?: string } }>;
    return items.map((item) => ({ action: "GetItem", resource: table(item.Get?.TableName) }));
  }
  if (command === "BatchGetItem" || command === "BatchWriteItem") {
    return Object.keys((input?.RequestItems ?? {}) as object).map((name) => ({ action: command, resource: table(name) }));
  }
  return [{ action: command, resource: table(input?.TableName, input?.IndexName) }];
}

/** What one SDK command means to IAM: its action(s) and resource(s). */
export function iamCallsOf(clientName: string, commandName: string, input: Input): Array<{ action: string; resource: string }> {
  const service = services[clientName]?.iam ?? clientName.replace(/Client$/, "").toLowerCase();
  const command = commandName.replace(/Command$/, "");
  let calls: Array<{ action: string; resource: string }>;
  if (service === "dynamodb") calls = dynamoCalls(command, input);
  else if (service === "cognito-idp") {
    const pool = text(input?.UserPoolId);
    calls = [{ action: command, resource: pool ? `userpool/${pool}` : `client/${text(input?.ClientId) ?? "?"}` }];
  } else if (service === "ses") {
    const from = text(input?.Source) ?? text(input?.FromEmailAddress) ?? "?";
    calls = [{ action: command, resource: `identity/${addressOf(from)}` }];
  } else if (service === "sqs") calls = [{ action: command, resource: `queue/${text(input?.QueueUrl) ?? "?"}` }];
  else if (service === "s3") calls = [{ action: command, resource: `${text(input?.Bucket) ?? "?"}/${text(input?.Key) ?? ""}` }];
  else if (service === "cloudfront-keyvaluestore") calls = [{ action: command, resource: text(input?.KvsARN) ?? "?" }];
  // A text to a number has no ARN: IAM sees "*", which a policy may narrow to "not a topic" (function-access.ts).
  else if (service === "sns") calls = [{ action: command, resource: text(input?.PhoneNumber) ? "phone-number" : (text(input?.TopicArn) ?? text(input?.TargetArn) ?? "*") }];
  else calls = [{ action: command, resource: "*" }];
  return calls.map((call) => ({ action: `${service}:${call.action}`, resource: call.resource }));
}

function record(clientName: string, commandName: string, input: Input) {
  const budget = services[clientName]?.budget;
  const count = scopes.count.getStore();
  if (count && budget) count[budget] += 1;

  const dir = process.env[awsCallsDirEnv];
  const fn = scopes.fn.getStore();
  if (!dir || !fn) return;
  const lines: string[] = [];
  for (const call of iamCallsOf(clientName, commandName, input)) {
    const line = JSON.stringify({ function: fn, ...call } satisfies RecordedCall);
    if (scopes.written.has(`${dir}\n${line}`)) continue;
    scopes.written.add(`${dir}\n${line}`);
    lines.push(line);
  }
  if (lines.length === 0) return;
  mkdirSync(dir, { recursive: true });
  appendFileSync(join(dir, `calls-${process.pid}.jsonl`), `${lines.join("\n")}\n`);
}

interface MiddlewareStackLike {
  add(middleware: (next: (args: { input: unknown }) => Promise<unknown>, context: { clientName?: string; commandName?: string }) => (args: { input: unknown }) => Promise<unknown>, options: { step: "initialize"; name: string }): void;
}

/** Attaches the counter/recorder to an SDK v3 client (once per client, before the first command). */
export function recordAwsCalls<C extends { middlewareStack: unknown }>(client: C): C {
  (client.middlewareStack as MiddlewareStackLike).add(
    (next, context) => async (args) => {
      record(context.clientName ?? "", context.commandName ?? "", args.input as Input);
      const partitions = context.clientName === "DynamoDBClient" ? scopes.count.getStore()?.partitions : undefined;
      if (!partitions) return next(args);
      const command = (context.commandName ?? "").replace(/Command$/, "");
      const input = (args.input ?? {}) as Record<string, unknown>;
      try {
        const result = (await next(args)) as { output?: Record<string, unknown> };
        partitions.push(...partitionTouches(command, input, result.output));
        return result;
      } catch (error) {
        partitions.push(...partitionTouches(command, input, undefined, failedParts(error)));
        throw error;
      }
    },
    { step: "initialize", name: "recordAwsCalls" },
  );
  return client;
}
