import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { cognitoIdentity, createAccounts } from "@slotbook/core";
import { localRegion } from "./settings";

/** The demo sign-ins `npm start` creates and prints. Local only: these passwords are public. */
export const demoAdmin = { email: "admin@slotbook.local", password: "Demo-Admin-2026", name: "Demo Admin" };
export const demoFan = { email: "fan@slotbook.local", password: "Demo-Fan-2026", name: "Demo Fan" };

/** Creates the demo admin and fan if missing (idempotent: re-running only resets their passwords). */
export async function seedDemoData(options: { cognitoEndpoint: string; userPoolId: string; userPoolClientId: string }) {
  const client = new CognitoIdentityProviderClient({
    endpoint: options.cognitoEndpoint,
    region: localRegion,
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
  const identity = cognitoIdentity(client, { userPoolId: options.userPoolId, clientId: options.userPoolClientId });
  const accounts = createAccounts(identity);
  await accounts.createAdmin(demoAdmin);
  const fan = await identity.createConfirmedUser(demoFan);
  await identity.addToGroup(fan.username, "fan");
  client.destroy();
}
