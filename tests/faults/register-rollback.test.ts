import { AdminGetUserCommand, CreateGroupCommand, DeleteGroupCommand } from "@aws-sdk/client-cognito-identity-provider";
import { localCognitoClient, startThrowawayCloud, type LocalCloud } from "@slotbook/local";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

let cloud: LocalCloud;
let dispose: () => Promise<void>;

beforeAll(async () => {
  ({ cloud, dispose } = await startThrowawayCloud());
}, 60_000);
afterAll(() => dispose?.());

describe("sign-up when the account cannot be made a fan", () => {
  it("fails without leaving an account behind (the half-made account is deleted), and works again once the group is back", async () => {
    const cognito = localCognitoClient(cloud.urls.cognito);
    await cognito.send(new DeleteGroupCommand({ UserPoolId: cloud.userPoolId, GroupName: "fan" }));
    const register = (email: string) =>
      fetch(`${cloud.urls.api}/api/auth/register`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email, password: "Fan-Pass-123", name: "Half Made" }) });

    const email = `rollback-${Date.now()}@example.test`;
    const refused = await register(email);
    expect(refused.status).toBeGreaterThanOrEqual(500);
    expect(JSON.stringify(await refused.json())).not.toMatch(/Group|Cognito|Exception/);
    await expect(cognito.send(new AdminGetUserCommand({ UserPoolId: cloud.userPoolId, Username: email }))).rejects.toMatchObject({ name: "UserNotFoundException" });

    await cognito.send(new CreateGroupCommand({ UserPoolId: cloud.userPoolId, GroupName: "fan" }));
    expect((await register(email)).status).toBe(201);
    cognito.destroy();
  });
});
