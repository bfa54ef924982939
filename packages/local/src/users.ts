import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminGetUserCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
  InitiateAuthCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { dynamoProfileStore, type ProfileFields } from "@slotbook/core";
import { randomUUID } from "node:crypto";
import { localRegion } from "./settings";

export interface PoolAccess {
  cognitoUrl: string;
  userPoolId: string;
  userPoolClientId: string;
  /** Where the account's profile is copied, as the post-confirmation trigger does for real sign-ups. */
  dynamodbUrl: string;
  tableName: string;
}

export const localCognitoClient = (cognitoUrl: string) =>
  new CognitoIdentityProviderClient({ endpoint: cognitoUrl, region: localRegion, credentials: { accessKeyId: "local", secretAccessKey: "local" } });

/** What user helpers need of a running local cloud. */
export const poolAccessOf = (cloud: { urls: { cognito: string; dynamodb: string }; userPoolId: string; userPoolClientId: string; tableName: string }): PoolAccess => ({
  cognitoUrl: cloud.urls.cognito,
  userPoolId: cloud.userPoolId,
  userPoolClientId: cloud.userPoolClientId,
  dynamodbUrl: cloud.urls.dynamodb,
  tableName: cloud.tableName,
});

/** Writes an account's profile into the local table, through the core's own profile store. */
async function saveProfile(pool: PoolAccess, profile: ProfileFields) {
  const client = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: pool.dynamodbUrl, region: localRegion, credentials: { accessKeyId: "local", secretAccessKey: "local" } }));
  try {
    await dynamoProfileStore({ table: { client, name: pool.tableName } }).save(profile);
  } finally {
    client.destroy();
  }
}

/** A confirmed user in the given groups, signed in, made straight in cognito-local (for tests and benchmarks). */
export async function createSignedInUser(pool: PoolAccess, groups: string[], name = "Test Person", options: { withProfile?: boolean } = {}) {
  const client = localCognitoClient(pool.cognitoUrl);
  const email = `user-${randomUUID()}@example.test`;
  const password = `Pw-${randomUUID()}A1`;
  const { userPoolId } = pool;
  await client.send(
    new AdminCreateUserCommand({
      UserPoolId: userPoolId,
      Username: email,
      MessageAction: "SUPPRESS",
      UserAttributes: [{ Name: "email", Value: email }, { Name: "email_verified", Value: "true" }, { Name: "name", Value: name }],
    }),
  );
  await client.send(new AdminSetUserPasswordCommand({ UserPoolId: userPoolId, Username: email, Password: password, Permanent: true }));
  for (const group of groups) await client.send(new AdminAddUserToGroupCommand({ UserPoolId: userPoolId, Username: email, GroupName: group }));
  const user = await client.send(new AdminGetUserCommand({ UserPoolId: userPoolId, Username: email }));
  const sub = user.UserAttributes?.find((attribute) => attribute.Name === "sub")?.Value ?? email;
  if (options.withProfile !== false) await saveProfile(pool, { id: sub, username: user.Username ?? email, email, name, phone: null, createdAt: new Date().toISOString() });
  const auth = await client.send(
    new InitiateAuthCommand({ ClientId: pool.userPoolClientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: email, PASSWORD: password } }),
  );
  client.destroy();
  return { email, password, accessToken: auth.AuthenticationResult!.AccessToken!, idToken: auth.AuthenticationResult!.IdToken! };
}

/** Many at once, ten at a time (cognito-local keeps one JSON file). */
export async function createSignedInUsers(pool: PoolAccess, count: number, groups: string[]) {
  const users: Awaited<ReturnType<typeof createSignedInUser>>[] = [];
  for (let start = 0; start < count; start += 10) {
    users.push(...(await Promise.all(Array.from({ length: Math.min(10, count - start) }, (_, i) => createSignedInUser(pool, groups, `Fan ${start + i}`)))));
  }
  return users;
}
