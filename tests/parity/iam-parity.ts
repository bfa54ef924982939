import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { RecordedCall } from "@slotbook/core";
import { cognitoTriggers } from "@slotbook/functions/cognito/triggers";
import { notifierFunction } from "@slotbook/functions/notifier/definition";
import { expireOffersFunction, sendRemindersFunction } from "@slotbook/functions/scheduled/definition";
import { sharePagePublisher, sharePageRepublisher } from "@slotbook/functions/share-pages/definition";
import { routeList } from "@slotbook/functions/routes";

/**
 * The permission check: each function's IAM policy in the synthesized templates against the AWS calls the
 * function really made while the api, faults and e2e tests ran (recorded by the SDK middleware in the
 * core's call-counter). Both ways: every recorded action on every recorded resource is allowed by that
 * function's own role, and the role allows nothing no test recorded. Resources are compared by what they
 * are (`table`, `table/index/byEvent`, `userpool`, `sender`, `site-bucket/e/*.html`, `share-pages-kvs`), since the local
 * cloud's names differ from a stage's; a text to a number is `phone-number` (granted as `sns:Publish` on "*" with
 * every topic denied).
 */

/** One permission: an IAM action on a resource, in the symbolic terms above. */
export interface Permission {
  action: string;
  resource: string;
}

type Json = Record<string, any>;
export interface TemplateJson {
  Resources: Record<string, { Type: string; Properties?: Json }>;
}

/**
 * Cognito actions IAM does not authorize: public (SignUp, InitiateAuth, …) or authorized by the user's own
 * token (ChangePassword, RevokeToken, …). Functions call them with no permission, so they are not compared.
 */
export const cognitoActionsWithoutIam = new Set(
  [
    "SignUp",
    "ConfirmSignUp",
    "ResendConfirmationCode",
    "InitiateAuth",
    "RespondToAuthChallenge",
    "ForgotPassword",
    "ConfirmForgotPassword",
    "RevokeToken",
    "GetUser",
    "ChangePassword",
    "GlobalSignOut",
    "UpdateUserAttributes",
    "DeleteUser",
    "DeleteUserAttributes",
    "VerifyUserAttribute",
    "GetUserAttributeVerificationCode",
    "GetTokensFromRefreshToken",
  ].map((action) => `cognito-idp:${action}`),
);

/**
 * Grants the function's code never uses, with the reason each is there. Nothing else may be granted
 * without a recording.
 */
export const runtimeGrants: Array<{ why: string; applies: (fn: string) => boolean; matches: (permission: Permission) => boolean }> = [
  {
    why: "active tracing: the Lambda runtime sends X-Ray segments (SST turns tracing on for every function)",
    applies: () => true,
    matches: (p) => (p.action === "xray:PutTraceSegments" || p.action === "xray:PutTelemetryRecords") && p.resource === "*",
  },
  {
    why: "the stream consumers' event source mappings (notifier, share-page publisher) read the table's stream with the function's role (ListStreams has no resource-level permission)",
    applies: (fn) => fn === notifierFunction.handler || fn === sharePagePublisher.handler,
    matches: (p) =>
      (["dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator"].includes(p.action) && p.resource === "table-stream") ||
      (p.action === "dynamodb:ListStreams" && p.resource === "*"),
  },
  {
    why: "the notifier's event source mapping parks failed records in its on-failure queue with the function's role",
    applies: (fn) => fn === notifierFunction.handler,
    matches: (p) => ["sqs:SendMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl"].includes(p.action) && p.resource === "notifier-failures",
  },
  {
    why: "the share-page publisher's event source mapping parks failed records in its on-failure queue with the function's role",
    applies: (fn) => fn === sharePagePublisher.handler,
    matches: (p) => ["sqs:SendMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl"].includes(p.action) && p.resource === "share-page-failures",
  },
];

/** The managed policies a function role may carry: CloudWatch Logs only. */
export const allowedManagedPolicies = ["service-role/AWSLambdaBasicExecutionRole"];

const key = (permission: Permission) => `${permission.action} on ${permission.resource}`;

/** A recorded resource in symbolic terms. */
export function recordedResource(resource: string): string {
  const table = /^table\/[^/]+(\/index\/[^/]+)?$/.exec(resource);
  if (table) return `table${table[1] ?? ""}`;
  if (resource.startsWith("userpool/")) return "userpool";
  if (resource.startsWith("identity/")) return "sender";
  // Share pages: objects in the site bucket (`<bucket>/<key>`) and the KeyValueStore of slugs (its ARN).
  if (/^[^/]+\/e\/[^/]+\.html$/.test(resource)) return "site-bucket/e/*.html";
  if (/^[^/]+\/share-page-shell\.html$/.test(resource)) return "site-bucket/share-page-shell.html";
  if (/^arn:aws:cloudfront::[^:]*:key-value-store\//.test(resource)) return "share-pages-kvs";
  return resource;
}

/** What each function did, from this run's recording files (`calls-<pid>.jsonl`). */
export function readRecordings(dir: string): RecordedCall[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith(".jsonl"))
    .flatMap((file) => readFileSync(join(dir, file), "utf8").split("\n").filter(Boolean))
    .map((line) => JSON.parse(line) as RecordedCall);
}

/** Recorded calls per function, as IAM-relevant permissions (calls IAM does not authorize dropped). */
export function recordedPermissions(calls: readonly RecordedCall[]): Map<string, Permission[]> {
  const byFunction = new Map<string, Map<string, Permission>>();
  for (const call of calls) {
    if (cognitoActionsWithoutIam.has(call.action)) continue;
    const permission = { action: call.action, resource: recordedResource(call.resource) };
    if (!byFunction.has(call.function)) byFunction.set(call.function, new Map());
    byFunction.get(call.function)!.set(key(permission), permission);
  }
  return new Map([...byFunction].map(([fn, permissions]) => [fn, [...permissions.values()]]));
}

/** A policy's resource (a CloudFormation value) in symbolic terms. */
function grantedResource(value: unknown, template: TemplateJson, statement: Json): string {
  const render = (part: unknown): string => {
    if (typeof part === "string") return part;
    if (Array.isArray(part)) return part.map(render).join("");
    if (part && typeof part === "object") {
      const node = part as Json;
      if ("Fn::Join" in node) return (node["Fn::Join"][1] as unknown[]).map(render).join(node["Fn::Join"][0]);
      if ("Fn::ImportValue" in node) {
        const name = String(node["Fn::ImportValue"]);
        if (/Storage:.*Table.*StreamArn/.test(name)) return "table-stream";
        if (/Storage:.*Table.*Arn/.test(name)) return "table";
        if (/Auth:.*UserPool.*Arn/.test(name)) return "userpool";
        if (/Hosting:.*SiteBucket.*Arn/.test(name)) return "site-bucket";
        if (/Hosting:.*SharePages.*Arn/.test(name)) return "share-pages-kvs";
        return `import:${name}`;
      }
      if ("Ref" in node) {
        if (node.Ref === "AWS::Partition") return "aws";
        const resource = template.Resources[node.Ref];
        if (resource?.Type === "AWS::SES::EmailIdentity") return String(resource.Properties?.EmailIdentity);
        return `ref:${node.Ref}`;
      }
      if ("Fn::GetAtt" in node) {
        const [id] = node["Fn::GetAtt"] as [string, string];
        if (template.Resources[id]?.Type === "AWS::SQS::Queue" && id.startsWith("NotifierFailures")) return "notifier-failures";
        if (template.Resources[id]?.Type === "AWS::SQS::Queue" && id.startsWith("SharePageFailures")) return "share-page-failures";
        return `getatt:${id}`;
      }
    }
    return JSON.stringify(part);
  };
  const text = render(value);
  const identity = /^arn:aws:ses:[^:]*:[^:]*:identity\/(.+)$/.exec(text);
  if (identity) {
    // Mail only from the identity's own address: the policy must say so with a FromAddress condition.
    const from = statement.Condition?.StringEquals?.["ses:FromAddress"];
    return from === identity[1] ? "sender" : `identity/${identity[1]} (without a FromAddress condition of ${identity[1]})`;
  }
  return text;
}

/** The functions that are no route, by stack and construct id: the notifier, the share-page publisher and the user pool's triggers (SST names them `Users<trigger>`). */
function otherFunction(stackName: string, logicalId: string): string | undefined {
  if (stackName === "Notifications" && logicalId.startsWith("Notifier")) return notifierFunction.handler;
  if (stackName === "Notifications" && logicalId.startsWith("ExpireOffers")) return expireOffersFunction.handler;
  if (stackName === "Notifications" && logicalId.startsWith("SendReminders")) return sendRemindersFunction.handler;
  if (stackName === "Web" && logicalId.startsWith("SharePagePublisher")) return sharePagePublisher.handler;
  if (stackName === "Web" && logicalId.startsWith("SharePageRepublisher")) return sharePageRepublisher.handler;
  if (stackName === "Auth") return Object.entries(cognitoTriggers).find(([name]) => logicalId.startsWith(`Users${name}`))?.[1].handler;
  return undefined;
}

export interface FunctionGrants {
  /** The handler, as SST names it. */
  fn: string;
  logicalId: string;
  permissions: Permission[];
  /** Managed policies other than the allowed ones, wildcard actions: reported as they are. */
  problems: string[];
}

/** The app's own functions (SST's, not CDK helpers) in a template, each with what its role allows. */
export function grantedPermissions(templates: Record<string, TemplateJson>): FunctionGrants[] {
  const byDescription = new Map<string, string>(routeList.map((route) => [`${route.method} ${route.path}`, route.handler]));
  const result: FunctionGrants[] = [];
  for (const [stackName, template] of Object.entries(templates)) {
    const resources = template.Resources;
    for (const [logicalId, resource] of Object.entries(resources)) {
      if (resource.Type !== "AWS::Lambda::Function" || resource.Properties?.Environment?.Variables?.SST_APP === undefined) continue;
      const fn = byDescription.get(resource.Properties.Description) ?? otherFunction(stackName, logicalId) ?? `unknown function ${stackName}/${logicalId}`;
      const roleId = resource.Properties.Role?.["Fn::GetAtt"]?.[0] as string;
      const role = resources[roleId];
      const problems: string[] = [];
      for (const managed of (role?.Properties?.ManagedPolicyArns ?? []) as unknown[]) {
        const arn = JSON.stringify(managed);
        if (!allowedManagedPolicies.some((name) => arn.includes(`:iam::aws:policy/${name}`))) problems.push(`managed policy ${arn}`);
      }
      const permissions: Permission[] = [];
      const policies = Object.values(resources).filter(
        (candidate) => candidate.Type === "AWS::IAM::Policy" && (candidate.Properties?.Roles as Json[] | undefined)?.some((ref) => ref.Ref === roleId),
      );
      const statements = [
        ...((role?.Properties?.Policies ?? []) as Json[]).flatMap((policy) => policy.PolicyDocument.Statement as Json[]),
        ...policies.flatMap((policy) => policy.Properties!.PolicyDocument.Statement as Json[]),
      ];
      // SMS only: `sns:Publish` allowed on "*" with every topic denied is publishing to phone numbers alone.
      const topicsDenied = statements.some(
        (statement) => statement.Effect === "Deny" && [statement.Action].flat().includes("sns:Publish") && [statement.Resource].flat().includes("arn:aws:sns:*:*:*"),
      );
      for (const statement of statements) {
        if (statement.Effect !== "Allow") continue;
        if (statement.NotAction || statement.NotResource) problems.push(`a NotAction/NotResource statement: ${JSON.stringify(statement)}`);
        const actions = ([] as string[]).concat(statement.Action ?? []);
        const targets = ([] as unknown[]).concat(statement.Resource ?? []);
        for (const action of actions) {
          if (action.includes("*")) problems.push(`wildcard action ${action}`);
          for (const target of targets) {
            const resource = grantedResource(target, template, statement);
            permissions.push({ action, resource: action === "sns:Publish" && resource === "*" && topicsDenied ? "phone-number" : resource });
          }
        }
      }
      result.push({ fn, logicalId: `${stackName}/${logicalId}`, permissions, problems });
    }
  }
  return result;
}

/** Every difference between what the functions' roles allow and what the functions did; empty when they agree. */
export function parityProblems(granted: readonly FunctionGrants[], recorded: ReadonlyMap<string, readonly Permission[]>): string[] {
  const problems: string[] = [];
  const deployed = new Set(granted.map((grants) => grants.fn));
  for (const fn of recorded.keys()) if (!deployed.has(fn)) problems.push(`${fn}: made AWS calls but is no function in the templates`);
  for (const grants of granted) {
    const name = `${grants.fn} (${grants.logicalId})`;
    problems.push(...grants.problems.map((problem) => `${name}: ${problem}`));
    const allowed = new Set(grants.permissions.map(key));
    const did = recorded.get(grants.fn) ?? [];
    for (const permission of did) if (!allowed.has(key(permission))) problems.push(`${name}: calls ${key(permission)}, which its role does not allow`);
    const used = new Set(did.map(key));
    for (const permission of grants.permissions) {
      if (used.has(key(permission))) continue;
      if (runtimeGrants.some((grant) => grant.applies(grants.fn) && grant.matches(permission))) continue;
      if (permission.resource === "*" || permission.resource.includes("*")) problems.push(`${name}: allows ${key(permission)} (a wildcard resource)`);
      else problems.push(`${name}: allows ${key(permission)}, which no test recorded`);
    }
  }
  return problems;
}
