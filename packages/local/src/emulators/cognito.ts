import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { cognitoTriggers } from "@slotbook/functions/cognito/triggers";
import { fileURLToPath } from "node:url";
import { codeEmail } from "@slotbook/core";
import { startChild, type Child } from "../process/supervisor";
import { httpOk, waitUntilReady } from "../process/wait";
import { brand, logoSvg } from "../../../../web/brand/brand";

/**
 * cognito-local keeps its data in `.cognito/` under its working directory, so we give it one in `.local/`.
 * It runs through our launcher, which also mails every code it issues to the local mailbox.
 */
export async function startCognito(
  port: number,
  dataDir: string,
  mail: { sesEndpoint: string; sender: string },
  lambdaEndpoint: string,
): Promise<{ child: Child; endpoint: string }> {
  await mkdir(join(dataDir, ".cognito"), { recursive: true });
  // The pool's triggers, as in AWS: cognito-local invokes them through the local gateway's Lambda endpoint.
  const config = {
    LambdaClient: { endpoint: lambdaEndpoint, region: "us-east-1", credentials: { accessKeyId: "local", secretAccessKey: "local" } },
    TriggerFunctions: Object.fromEntries(Object.values(cognitoTriggers).map((trigger) => [trigger.trigger, trigger.functionName])),
  };
  await writeFile(join(dataDir, ".cognito", "config.json"), JSON.stringify(config, null, 2));
  const launcher = fileURLToPath(new URL("./cognito-launcher.mjs", import.meta.url));
  const child = startChild("cognito-local", process.execPath, [launcher], {
    cwd: dataDir,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      SES_ENDPOINT: mail.sesEndpoint,
      SENDER_EMAIL: mail.sender,
      CODE_EMAIL_TEMPLATE: JSON.stringify(codeEmail),
      SIGN_IN_BRAND: JSON.stringify({ ...brand, logoSvg: logoSvg() }),
    },
  });
  const endpoint = `http://127.0.0.1:${port}`;
  await waitUntilReady(child, httpOk(`${endpoint}/health`));
  return { child, endpoint };
}
