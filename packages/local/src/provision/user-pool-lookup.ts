import { CloudFormationClient, DescribeStacksCommand } from "@aws-sdk/client-cloudformation";
import type { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { findLocalPoolId, findWebClientId } from "./user-pool";

export interface PoolIds {
  userPoolId: string;
  userPoolClientId: string;
}

/** The local cloud's pool and web client, found by name in cognito-local. */
export async function findLocalUserPool(client: CognitoIdentityProviderClient): Promise<PoolIds | undefined> {
  const userPoolId = await findLocalPoolId(client);
  if (!userPoolId) return undefined;
  const userPoolClientId = await findWebClientId(client, userPoolId);
  return userPoolClientId ? { userPoolId, userPoolClientId } : undefined;
}

/** A deployed stage's pool, from the outputs of its Auth stack (SST names stacks `<stage>-<app>-<Stack>`). */
export async function findStageUserPool(stage: string, region: string | undefined): Promise<PoolIds> {
  const stackName = `${stage}-slotbook-Auth`;
  const cloudformation = new CloudFormationClient({ region });
  try {
    const { Stacks } = await cloudformation.send(new DescribeStacksCommand({ StackName: stackName }));
    const outputs = Object.fromEntries((Stacks?.[0]?.Outputs ?? []).map((output) => [output.OutputKey, output.OutputValue]));
    if (!outputs.UserPoolId || !outputs.UserPoolClientId) throw new Error(`stack ${stackName} has no UserPoolId/UserPoolClientId outputs`);
    return { userPoolId: outputs.UserPoolId, userPoolClientId: outputs.UserPoolClientId };
  } finally {
    cloudformation.destroy();
  }
}

/** A deployed stage's table name, from the outputs of its Storage stack. */
export async function findStageTable(stage: string, region: string | undefined): Promise<string> {
  const stackName = `${stage}-slotbook-Storage`;
  const cloudformation = new CloudFormationClient({ region });
  try {
    const { Stacks } = await cloudformation.send(new DescribeStacksCommand({ StackName: stackName }));
    const tableName = Stacks?.[0]?.Outputs?.find((output) => output.OutputKey === "TableName")?.OutputValue;
    if (!tableName) throw new Error(`stack ${stackName} has no TableName output`);
    return tableName;
  } finally {
    cloudformation.destroy();
  }
}
