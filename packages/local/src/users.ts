import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
  InitiateAuthCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { randomUUID } from "node:crypto";
import { localRegion } from "./settings";

export interface PoolAccess {
  cognitoUrl: string;
  userPoolId: string;
  userPoolClientId: string;
}

export const localCognitoClient = (cognitoUrl: string) =>
  new CognitoIdentityProviderClient({ endpoint: cognitoUrl, region: localRegion, credentials: { accessKeyId: "local", secretAccessKey: "local" } });

/** A confirmed user in the given groups, signed in, made straight in cognito-local (for tests and benchmarks). */
export async function createSignedInUser(pool: PoolAccess, groups: string[], name = "Test Person") {
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
