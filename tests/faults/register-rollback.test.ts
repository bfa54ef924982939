import { AdminGetUserCommand, CreateGroupCommand, DeleteGroupCommand } from "@aws-sdk/client-cognito-identity-provider";
import { localCognitoClient } from "@slotbook/local";
import { describe, expect, it } from "vitest";
import { throwawayCloudForThisFile } from "../support/throwaway-cloud";

const localCloud = throwawayCloudForThisFile();

describe("sign-up when the account cannot be made a fan", () => {
  it("fails without leaving an account behind (the half-made account is deleted), and works again once the group is back", async () => {
    const cognito = localCognitoClient(localCloud().urls.cognito);
    await cognito.send(new DeleteGroupCommand({ UserPoolId: localCloud().userPoolId, GroupName: "fan" }));
    const register = (email: string) =>
      fetch(`${localCloud().urls.api}/api/auth/register`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email, password: "Fan-Pass-123", name: "Half Made" }) });

    const email = `rollback-${Date.now()}@example.test`;
    const refused = await register(email);
    expect(refused.status).toBeGreaterThanOrEqual(500);
    expect(JSON.stringify(await refused.json())).not.toMatch(/Group|Cognito|Exception/);
    await expect(cognito.send(new AdminGetUserCommand({ UserPoolId: localCloud().userPoolId, Username: email }))).rejects.toMatchObject({ name: "UserNotFoundException" });

    await cognito.send(new CreateGroupCommand({ UserPoolId: localCloud().userPoolId, GroupName: "fan" }));
    expect((await register(email)).status).toBe(201);
    cognito.destroy();
  });
});
