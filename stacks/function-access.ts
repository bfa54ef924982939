import { Stack } from "aws-cdk-lib";
import { Effect, PolicyStatement } from "aws-cdk-lib/aws-iam";
import type { Construct } from "constructs";
import { tableDefinition } from "@slotbook/core/data/table";
import type { FunctionAccess } from "@slotbook/functions/http/route-spec";
import { sharePageKey, sharePageShellKey } from "@slotbook/core/pages/share-page";

/** What a function's declared access refers to in a stage: ARNs (CloudFormation tokens) and the sender address. */
export interface AccessTargets {
  tableArn: string;
  userPoolArn: string;
  /** The SES identity mail is sent from, and the one From address the policy admits. */
  senderIdentityArn: string;
  senderEmail: string;
  /** The share-page publisher's: the site bucket and the KeyValueStore of published slugs. */
  siteBucketArn?: string;
  sharePagesKvsArn?: string;
}

const indexNames: readonly string[] = tableDefinition.globalIndexes.map((index) => index.name);

/**
 * One function's least-privilege IAM statements, built from its declared access and nothing else: the
 * declared actions on the table's own items, `dynamodb:Query` on each declared index (never `index/*`),
 * the declared `Admin*` actions on the user pool, `ses:SendRawEmail` from the stage's sender only, SMS to
 * phone numbers only (`sns:Publish` on "*", denied on every topic), and for
 * share pages: objects under `e/` and the shell in the site bucket, keys in the KeyValueStore of slugs.
 * A function that declares nothing gets no statement (Lambda's log permissions come from its role).
 */
export function accessStatements(access: FunctionAccess | undefined, targets: AccessTargets, name: string): PolicyStatement[] {
  if (!access) throw new Error(`${name} declares no access: give it an \`access\` (\`{}\` for none) beside its route or function definition.`);
  const statements: PolicyStatement[] = [];
  const allow = (actions: string[], resources: string[], conditions?: Record<string, unknown>) =>
    statements.push(new PolicyStatement({ effect: Effect.ALLOW, actions, resources, ...(conditions ? { conditions } : {}) }));

  if (access.table?.length) allow(unique(access.table).map((action) => `dynamodb:${action}`), [targets.tableArn]);
  if (access.indexes?.length) {
    const unknown = access.indexes.filter((index) => !indexNames.includes(index));
    if (unknown.length) throw new Error(`${name} declares unknown table indexes: ${unknown.join(", ")} (the table has ${indexNames.join(", ")}).`);
    allow(["dynamodb:Query"], unique(access.indexes).map((index) => `${targets.tableArn}/index/${index}`));
  }
  if (access.cognito?.length) allow(unique(access.cognito).map((action) => `cognito-idp:${action}`), [targets.userPoolArn]);
  if (access.sendMail) allow(["ses:SendRawEmail"], [targets.senderIdentityArn], { StringEquals: { "ses:FromAddress": targets.senderEmail } });
  if (access.sendSms) {
    // A text to a phone number has no ARN (IAM sees "*"), and Publish has no condition key for the destination:
    // allowed on "*", then denied on every topic, so the role can text a number and publish nowhere else.
    allow(["sns:Publish"], ["*"]);
    statements.push(new PolicyStatement({ effect: Effect.DENY, actions: ["sns:Publish"], resources: [smsOnlyDeniedTopics] }));
  }
  if (access.sharePages) {
    if (!targets.siteBucketArn || !targets.sharePagesKvsArn) throw new Error(`${name} publishes share pages: give it the site bucket's and the KeyValueStore's ARNs.`);
    const removes = access.sharePages === "publish";
    allow(["s3:PutObject", ...(removes ? ["s3:DeleteObject"] : [])], [`${targets.siteBucketArn}/${sharePageKey("*")}`]);
    allow(["s3:GetObject"], [`${targets.siteBucketArn}/${sharePageShellKey}`]);
    allow(["cloudfront-keyvaluestore:DescribeKeyValueStore", "cloudfront-keyvaluestore:PutKey", ...(removes ? ["cloudfront-keyvaluestore:DeleteKey"] : [])], [targets.sharePagesKvsArn]);
  }
  return statements;
}

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];

/** Every SNS topic, anywhere: what an SMS-only role is denied publishing to. */
export const smsOnlyDeniedTopics = "arn:aws:sns:*:*:*";

/** The ARN of the SES identity of an email address (an identity is account-wide; see the Notifications stack). */
export const senderIdentityArn = (scope: Construct, sender: string): string =>
  Stack.of(scope).formatArn({ service: "ses", resource: "identity", resourceName: sender });
