import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
  InitiateAuthCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { randomUUID } from "node:crypto";
import { inject } from "vitest";

export const cognitoClient = () =>
  new CognitoIdentityProviderClient({
    endpoint: inject("localCloud").cognitoUrl,
    region: "us-east-1",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });

/** A confirmed user in the given groups, signed in: straight through cognito-local, for tests of other routes. */
export async function signedInUser(groups: string[], name = "Test Person") {
  const { userPoolId, userPoolClientId } = inject("localCloud");
  const client = cognitoClient();
  const email = `user-${randomUUID()}@example.test`;
  const password = `Pw-${randomUUID()}A1`;
  await client.send(new AdminCreateUserCommand({ UserPoolId: userPoolId, Username: email, MessageAction: "SUPPRESS", UserAttributes: [{ Name: "email", Value: email }, { Name: "email_verified", Value: "true" }, { Name: "name", Value: name }] }));
  await client.send(new AdminSetUserPasswordCommand({ UserPoolId: userPoolId, Username: email, Password: password, Permanent: true }));
  for (const group of groups) await client.send(new AdminAddUserToGroupCommand({ UserPoolId: userPoolId, Username: email, GroupName: group }));
  const auth = await client.send(new InitiateAuthCommand({ ClientId: userPoolClientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: email, PASSWORD: password } }));
  client.destroy();
  return { email, password, accessToken: auth.AuthenticationResult!.AccessToken!, idToken: auth.AuthenticationResult!.IdToken! };
}

/** Many signed-in users at once (a few at a time: cognito-local keeps one JSON file). */
export async function signedInUsers(count: number, groups: string[]) {
  const users: Awaited<ReturnType<typeof signedInUser>>[] = [];
  for (let start = 0; start < count; start += 10) {
    users.push(...(await Promise.all(Array.from({ length: Math.min(10, count - start) }, (_, i) => signedInUser(groups, `Fan ${start + i}`)))));
  }
  return users;
}
