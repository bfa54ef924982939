/**
 * `npm run admin:create -- --email E --password P --name N [--stage S]`
 * Creates (or updates) a confirmed admin: in the running local cloud by default, or in a deployed stage's
 * user pool with --stage (needs AWS credentials; the pool is found from that stage's Auth stack outputs).
 */
import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { cognitoIdentity, configEnv, createAccounts, dynamoProfileStore, emailSchema, nameSchema, passwordSchema } from "@slotbook/core";
import { parseArgs } from "node:util";
import { z } from "zod";
import { findLocalUserPool, findStageTable, findStageUserPool, type PoolIds } from "../provision/user-pool-lookup";
import { localRegion, localTableName, portsFromEnv } from "../settings";

const usage = "Usage: npm run admin:create -- --email E --password P --name N [--stage S] [--region R]";

const argsSchema = z.object({ email: emailSchema, password: passwordSchema, name: nameSchema, stage: z.string().regex(/^[a-z0-9-]+$/).optional(), region: z.string().optional() });

function fail(message: string): never {
  console.error(`admin:create: ${message}`);
  process.exit(1);
}

const { values } = parseArgs({
  options: { email: { type: "string" }, password: { type: "string" }, name: { type: "string" }, stage: { type: "string" }, region: { type: "string" } },
  strict: true,
});
const parsed = argsSchema.safeParse(values);
if (!parsed.success) {
  fail(`${parsed.error.issues.map((issue) => `--${issue.path.join(".")}: ${issue.message}`).join("; ")}\n${usage}`);
}
const args = parsed.data;

let client: CognitoIdentityProviderClient;
let ids: PoolIds | undefined;
if (args.stage) {
  client = new CognitoIdentityProviderClient({ region: args.region });
  ids = await findStageUserPool(args.stage, args.region).catch((error: Error) => fail(`could not find stage "${args.stage}": ${error.message}`));
  // The admin's profile (the organiser's contact in emails) goes into the stage's table.
  process.env[configEnv.tableName] = await findStageTable(args.stage, args.region).catch((error: Error) => fail(`could not find stage "${args.stage}": ${error.message}`));
  if (args.region) process.env.AWS_REGION = args.region;
} else {
  const endpoint = `http://127.0.0.1:${portsFromEnv().cognito}`;
  client = new CognitoIdentityProviderClient({ endpoint, region: localRegion, credentials: { accessKeyId: "local", secretAccessKey: "local" } });
  ids = await findLocalUserPool(client).catch(() => fail(`the local cloud is not running (nothing answers at ${endpoint}). Start it with \`npm start\` in another terminal.`));
  if (!ids) fail("the local user pool does not exist yet. Start the local cloud once with `npm start`.");
  Object.assign(process.env, {
    [configEnv.tableName]: localTableName,
    [configEnv.dynamoEndpoint]: `http://127.0.0.1:${portsFromEnv().dynamodb}`,
    AWS_REGION: localRegion,
    AWS_ACCESS_KEY_ID: "local",
    AWS_SECRET_ACCESS_KEY: "local",
  });
}

const accounts = createAccounts(cognitoIdentity(client, { userPoolId: ids.userPoolId, clientId: ids.userPoolClientId }), dynamoProfileStore());
const result = await accounts.createConfirmed({ email: args.email, password: args.password, name: args.name }, "admin");
console.log(`${result.created ? "Created" : "Updated"} admin ${args.email} (id ${result.id}) in ${args.stage ? `stage ${args.stage}` : "the local cloud"}.`);
client.destroy();
