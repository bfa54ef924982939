import { ListUsersCommand } from "@aws-sdk/client-cognito-identity-provider";
import { localCognitoClient } from "@slotbook/local";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/cli";
import { throwawayCloudForThisFile } from "../support/throwaway-cloud";

const smoke = (args: string[], env: Record<string, string>) => runCli("smoke", args, env);

const localCloud = throwawayCloudForThisFile();

const ports = () => ({ COGNITO_PORT: new URL(localCloud().urls.cognito).port, DYNAMODB_PORT: new URL(localCloud().urls.dynamodb).port });
const users = async () => {
  const cognito = localCognitoClient(localCloud().urls.cognito);
  const { Users } = await cognito.send(new ListUsersCommand({ UserPoolId: localCloud().userPoolId }));
  cognito.destroy();
  return (Users ?? []).map((user) => user.Username);
};
const publicTitles = async () => ((await (await fetch(`${localCloud().urls.api}/api/events/public?limit=50`)).json()) as { items: Array<{ title: string }> }).items.map((item) => item.title);

describe("npm run smoke", () => {
  it("passes against a live cloud: health, docs, public list, a fan books and cancels; it leaves nothing behind", async () => {
    const usersBefore = await users();
    const result = await smoke(["--url", localCloud().urls.api], ports());
    expect(result.output).toContain("Smoke test passed.");
    expect(result.code).toBe(0);
    for (const step of ["GET /api/health", "GET /api/openapi.json", "create a throwaway fan", "book its slot as the fan", "cancel it", "delete the throwaway event"]) {
      expect(result.output).toContain(`ok  ${step}`);
    }
    expect((await users()).sort()).toEqual(usersBefore.sort());
    expect((await publicTitles()).filter((title) => title.startsWith("Smoke test"))).toEqual([]);
  }, 60_000);

  it("fails, naming the step, when the stage does not answer as it should, and still cleans up", async () => {
    const result = await smoke(["--url", `${localCloud().urls.api}/nope`], ports());
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/smoke: GET \/api\/health: expected 200, got 404/);
  }, 60_000);

  it("refuses a missing or bad --url with the usage", async () => {
    const result = await smoke(["--url", "not a url"], ports());
    expect(result.code).toBe(1);
    expect(result.output).toContain("Usage: npm run smoke -- --url <api-url>");
  }, 30_000);
});
