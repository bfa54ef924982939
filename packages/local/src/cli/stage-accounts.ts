import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { cognitoIdentity, configEnv, createAccounts, dynamoProfileStore, type Accounts } from "@slotbook/core";
import { findLocalUserPool, findStageTable, findStageUserPool } from "../provision/user-pool-lookup";
import { localRegion, localTableName, portsFromEnv } from "../settings";

/** Where accounts are made: a deployed stage (`--stage S`, found from its CloudFormation outputs) or the running local cloud. */
export interface AccountTarget {
  stage?: string;
  region?: string;
}

export interface StageAccounts {
  accounts: Accounts;
  /** "stage S" or "the local cloud", for messages. */
  where: string;
  /** Removes an account made here: the user (Cognito) and its profile (the table). */
  remove(account: { id: string; email: string }): Promise<void>;
  close(): void;
}

/**
 * The accounts service of a stage's user pool and table, or of the local cloud: what `npm run admin:create`
 * and `npm run smoke` create their users with. Against a stage it needs AWS credentials; locally it finds
 * the emulators on the ports `npm start` uses (or the *_PORT variables). Failures are Errors whose message
 * says what to do.
 */
export async function stageAccounts(target: AccountTarget): Promise<StageAccounts> {
  let client: CognitoIdentityProviderClient;
  let ids;
  if (target.stage) {
    const { stage, region } = target;
    client = new CognitoIdentityProviderClient({ region });
    const notFound = (error: Error): never => {
      throw new Error(`could not find stage "${stage}": ${error.message}`);
    };
    ids = await findStageUserPool(stage, region).catch(notFound);
    // Profiles (the organiser's contact in emails) go into the stage's table.
    process.env[configEnv.tableName] = await findStageTable(stage, region).catch(notFound);
    if (region) process.env.AWS_REGION = region;
  } else {
    const endpoint = `http://127.0.0.1:${portsFromEnv().cognito}`;
    client = new CognitoIdentityProviderClient({ endpoint, region: localRegion, credentials: { accessKeyId: "local", secretAccessKey: "local" } });
    ids = await findLocalUserPool(client).catch(() => {
      throw new Error(`the local cloud is not running (nothing answers at ${endpoint}). Start it with \`npm start\` in another terminal.`);
    });
    if (!ids) throw new Error("the local user pool does not exist yet. Start the local cloud once with `npm start`.");
    Object.assign(process.env, {
      [configEnv.tableName]: localTableName,
      [configEnv.dynamoEndpoint]: `http://127.0.0.1:${portsFromEnv().dynamodb}`,
      AWS_REGION: localRegion,
      AWS_ACCESS_KEY_ID: "local",
      AWS_SECRET_ACCESS_KEY: "local",
    });
  }
  const identity = cognitoIdentity(client, { userPoolId: ids.userPoolId, clientId: ids.userPoolClientId });
  const profiles = dynamoProfileStore();
  return {
    accounts: createAccounts(identity, profiles),
    where: target.stage ? `stage ${target.stage}` : "the local cloud",
    async remove(account) {
      await identity.deleteUser(account.email);
      await profiles.remove(account.id);
    },
    close: () => client.destroy(),
  };
}
