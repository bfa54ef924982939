import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, GetCommand } from "@aws-sdk/lib-dynamodb";
import { freePort } from "@slotbook/local";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/cli";
import { throwawayCloudForThisFile } from "../support/throwaway-cloud";

const adminCreate = (args: string[], env: Record<string, string>) => runCli("admin-create", args, env);

const localCloud = throwawayCloudForThisFile();

const login = async (email: string, password: string) => {
  const response = await fetch(`${localCloud().urls.api}/api/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email, password }) });
  return { status: response.status, body: (await response.json()) as { user: Record<string, unknown> } };
};

describe("npm run admin:create", () => {
  it("creates a confirmed admin in the local cloud who can sign in as admin; running it again updates the password", async () => {
    const env = { COGNITO_PORT: new URL(localCloud().urls.cognito).port, DYNAMODB_PORT: new URL(localCloud().urls.dynamodb).port };
    const first = await adminCreate(["--email", "Boss@Example.test", "--password", "Admin-Pass-1", "--name", "The Boss"], env);
    expect(first.output).toContain("Created admin boss@example.test");
    expect(first.code).toBe(0);
    const session = await login("boss@example.test", "Admin-Pass-1");
    expect(session.status).toBe(200);
    expect(session.body.user).toMatchObject({ email: "boss@example.test", name: "The Boss", role: "admin" });
    // The organiser's contact for emails and invites is in the table from the start.
    const table = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: localCloud().urls.dynamodb, region: "us-east-1", credentials: { accessKeyId: "local", secretAccessKey: "local" } }));
    const profile = await table.send(new GetCommand({ TableName: localCloud().tableName, Key: { pk: `USER#${session.body.user.id}`, sk: "PROFILE" } }));
    table.destroy();
    expect(profile.Item).toMatchObject({ email: "boss@example.test", name: "The Boss" });

    const again = await adminCreate(["--email", "boss@example.test", "--password", "Admin-Pass-2", "--name", "The Boss"], env);
    expect(again.output).toContain("Updated admin boss@example.test");
    expect((await login("boss@example.test", "Admin-Pass-2")).status).toBe(200);
  }, 30_000);

  it("names each bad argument and shows the usage", async () => {
    const result = await adminCreate(["--email", "nope", "--password", "weak", "--name", "X"], { COGNITO_PORT: new URL(localCloud().urls.cognito).port });
    expect(result.code).toBe(1);
    expect(result.output).toContain("--email:");
    expect(result.output).toContain("--password: Use at least 8 characters.");
    expect(result.output).toContain("Usage: npm run admin:create");
  }, 30_000);

  it("says to start the local cloud when it is not running", async () => {
    const result = await adminCreate(["--email", "a@example.test", "--password", "Admin-Pass-1", "--name", "A"], { COGNITO_PORT: String(await freePort()) });
    expect(result.code).toBe(1);
    expect(result.output).toContain("the local cloud is not running");
    expect(result.output).not.toMatch(/\n\s+at /);
  }, 30_000);
});
