import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { recordPartitionsEnv } from "@slotbook/core";
import { captureHandlerLogs, startThrowawayCloud, type LocalCloud } from "@slotbook/local";

export interface LocalCloudInfo {
  apiUrl: string;
  /** The web app's origin the API admits (CORS, callback URLs). */
  siteUrl: string;
  mailboxUrl: string;
  /** The local SMS outbox (texts sent through the SNS stand-in). */
  smsOutboxUrl: string;
  cognitoUrl: string;
  dynamodbUrl: string;
  userPoolId: string;
  userPoolClientId: string;
  tableName: string;
  /** Every log line the API's handlers wrote during the run (structured JSON, one per line). */
  apiLogFile: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    localCloud: LocalCloudInfo;
  }
}

/**
 * Starts the local cloud once per test run, on free ports and in a throw-away data directory, so it never
 * collides with a running `npm start`; stops every emulator afterwards.
 */
export default async function setup(project: TestProject) {
  // Each request's log line also lists the DynamoDB partitions it touched (tests/api/slot-locality.test.ts).
  process.env[recordPartitionsEnv] = "1";
  let apiLogFile = "";
  const { cloud, dispose } = await startThrowawayCloud({ beforeStart: (dataDir) => (apiLogFile = captureHandlerLogs(join(dataDir, "api.log"))) });
  project.provide("localCloud", localCloudInfo(cloud, apiLogFile));
  return dispose;
}

/** What tests need to know of a running local cloud. */
export const localCloudInfo = (cloud: LocalCloud, apiLogFile: string): LocalCloudInfo => ({
  apiUrl: cloud.urls.api,
  siteUrl: cloud.urls.site,
  mailboxUrl: cloud.urls.mailbox,
  smsOutboxUrl: cloud.urls.smsOutbox,
  cognitoUrl: cloud.urls.cognito,
  dynamodbUrl: cloud.urls.dynamodb,
  userPoolId: cloud.userPoolId,
  userPoolClientId: cloud.userPoolClientId,
  tableName: cloud.tableName,
  apiLogFile,
});
