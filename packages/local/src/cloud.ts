import { randomBytes } from "node:crypto";
import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { appPaths, eventPage } from "@slotbook/contract";
import { configEnv } from "@slotbook/core";
import { notifierFunction, sharePagePublisher } from "@slotbook/functions";
import { sharePageShellKey } from "@slotbook/core/pages/share-page";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { startCognito } from "./emulators/cognito";
import { startDynamoDb } from "./emulators/dynamodb";
import { startSes } from "./emulators/ses";
import { startSmsOutbox } from "./emulators/sms-outbox";
import { startWeb } from "./emulators/web";
import { startGateway } from "./gateway/server";
import { ensurePortFree } from "./process/ports";
import { howItEnded, stopAll, stopChild, watchChild, type Child } from "./process/supervisor";
import { ensureTable } from "./provision/table";
import { ensureUserPool } from "./provision/user-pool";
import { seedDemoData } from "./seed";
import { startStreamPoller } from "./stream/poller";
import { startSchedules } from "./schedule/timers";
import { localRegion, localSenderEmail, localTableName, portSettings, repoRoot, type Ports, type Service } from "./settings";

export interface LocalCloudOptions {
  ports: Ports;
  /** Where the emulators keep their data (`.local/` for `npm start`, a temp dir in tests). */
  dataDir: string;
  /** Wipe dataDir first. */
  fresh?: boolean;
  /** Also run vite for web/ (not needed by API tests). */
  web?: boolean;
  /** Create the demo sign-ins and a published demo event. */
  seed?: boolean;
  /** Attempts per stream record before the notifier gives up on it (the local stand-in for the DLQ). */
  notifierMaxAttempts?: number;
  /**
   * The site shell the share-page publisher renders into: vite's dev server's (web/index.html, the default)
   * or a production build's, built into `builtSiteDir(dataDir)` after the cloud starts (the browser tests).
   */
  siteShell?: "dev" | "build";
  log?: (line: string) => void;
  /**
   * Called (once) if an emulator or vite ends without being asked to, with one line saying which and how.
   * `npm start` stops everything then; by default the line is only logged.
   */
  onChildDeath?: (line: string) => void;
}

/** Where a production build of web/ goes for a cloud whose site shell is `build` (tests/e2e/site). */
export const builtSiteDir = (dataDir: string) => join(dataDir, "web-dist");

export interface LocalCloud {
  urls: { api: string; web?: string; site: string; mailbox: string; smsOutbox: string; dynamodb: string; cognito: string; demoEvent?: string };
  userPoolId: string;
  userPoolClientId: string;
  tableName: string;
  dataDir: string;
  /** The environment the handlers run with: the same variables the stacks set in AWS, plus endpoints. */
  env: Record<string, string>;
  children: Record<"dynamodb" | "cognito", Child>;
  /** The mail emulator can be stopped and started again (to prove no email is lost while it is down). */
  ses: { stop: () => Promise<void>; start: () => Promise<void> };
  /** Stream records waiting for another notifier attempt. */
  pendingNotifications: () => number;
  /** Where stream records the notifier kept failing on end up (AWS: the on-failure SQS queue). */
  deadLetterFile: string;
  /** Where the share-page publisher writes `e/<slug>.html` (AWS: the site bucket), which the web servers serve. */
  sharePagesDir: string;
  /** Stream records waiting for another share-page publisher attempt. */
  pendingSharePages: () => number;
  stop: () => Promise<void>;
}

/**
 * Starts the whole system on this machine: DynamoDB Local, cognito-local and aws-ses-v2-local as child
 * processes, the table and user pool provisioned if missing, the local API gateway in this process (it runs
 * the real handlers, so their environment is this process's), and optionally vite for the web app.
 */
export async function startLocalCloud(options: LocalCloudOptions): Promise<LocalCloud> {
  const log = options.log ?? (() => {});
  const { ports, dataDir } = options;
  let stopping = false;
  let deathReported = false;
  const watch = (child: Child) =>
    watchChild(child, (dead) => {
      if (stopping || deathReported) return;
      deathReported = true;
      (options.onChildDeath ?? log)(`${dead.name} stopped unexpectedly (${howItEnded(dead)}).`);
    });
  if (options.fresh) {
    log(`Wiping ${dataDir} (--fresh)`);
    await rm(dataDir, { recursive: true, force: true });
  }
  const services: Service[] = ["dynamodb", "cognito", "ses", "sns", "api", ...(options.web ? (["web"] as const) : [])];
  for (const service of services) await ensurePortFree(ports[service], portSettings[service].label, portSettings[service].env);

  let smsOutbox: Awaited<ReturnType<typeof startSmsOutbox>> | undefined;
  try {
    log("Starting DynamoDB Local, cognito-local and aws-ses-v2-local…");
    const sesEndpoint = `http://127.0.0.1:${ports.ses}`;
    const [dynamodb, cognito, firstSes] = await Promise.all([
      startDynamoDb(ports.dynamodb, join(dataDir, "dynamodb")),
      startCognito(ports.cognito, join(dataDir, "cognito"), { sesEndpoint, sender: localSenderEmail }, `http://127.0.0.1:${ports.api}`),
      startSes(ports.ses),
    ]);

    let ses = firstSes;
    for (const child of [dynamodb.child, cognito.child, ses.child]) watch(child);
    // Texts (SNS) land in an outbox served in this process, at its own port.
    smsOutbox = await startSmsOutbox(ports.sns);
    const siteOrigins = [`http://localhost:${ports.web}`, `http://127.0.0.1:${ports.web}`];
    const credentials = { accessKeyId: "local", secretAccessKey: "local" };
    // Fixed fake credentials and explicit endpoints: nothing here can ever reach real AWS.
    const awsEnv = { AWS_REGION: localRegion, AWS_ACCESS_KEY_ID: credentials.accessKeyId, AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey };

    log("Provisioning the table and the user pool…");
    const dynamo = new DynamoDBClient({ endpoint: dynamodb.endpoint, region: localRegion, credentials });
    const cognitoClient = new CognitoIdentityProviderClient({ endpoint: cognito.endpoint, region: localRegion, credentials });
    const [createdTable, ids] = await Promise.all([
      ensureTable(dynamo, localTableName),
      ensureUserPool(cognitoClient, siteOrigins.map((origin) => `${origin}${appPaths.authCallback}`)),
    ]);
    if (createdTable) log(`Created table ${localTableName}`);

    const sharePagesDir = join(dataDir, "share-pages");
    const siteShellFile = options.siteShell === "build" ? join(builtSiteDir(dataDir), sharePageShellKey) : join(repoRoot, "web", "index.html");
    const env: Record<string, string> = {
      ...awsEnv,
      [configEnv.tableName]: localTableName,
      [configEnv.userPoolId]: ids.userPoolId,
      [configEnv.userPoolClientId]: ids.userPoolClientId,
      [configEnv.siteUrl]: siteOrigins[0]!,
      [configEnv.senderEmail]: localSenderEmail,
      // A new key each run: cursors from an earlier run are refused (400), as after a key rotation in AWS.
      [configEnv.cursorSecret]: randomBytes(32).toString("base64url"),
      // Likewise the release links' key: a reminder's link from an earlier run is refused (401).
      [configEnv.releaseLinkSecret]: randomBytes(32).toString("base64url"),
      [configEnv.dynamoEndpoint]: dynamodb.endpoint,
      [configEnv.cognitoEndpoint]: cognito.endpoint,
      [configEnv.sesEndpoint]: sesEndpoint,
      [configEnv.snsEndpoint]: smsOutbox.endpoint,
      // The share-page publisher writes into a folder the web servers serve, instead of S3 and the KeyValueStore.
      [configEnv.sharePagesDir]: sharePagesDir,
      [configEnv.siteShellFile]: siteShellFile,
    };
    Object.assign(process.env, env);

    let demoEventSlug: string | undefined;
    if (options.seed) {
      log("Seeding demo data…");
      ({ demoEventSlug } = await seedDemoData({ cognitoEndpoint: cognito.endpoint, ...ids }));
    }

    const gateway = await startGateway({
      port: ports.api,
      repoRoot,
      siteOrigins,
      cognitoEndpoint: cognito.endpoint,
      userPoolId: ids.userPoolId,
      userPoolClientId: ids.userPoolClientId,
    });

    // Scheduled work (waitlist offers expiring), on timers as EventBridge runs it in AWS.
    const schedules = startSchedules({ repoRoot, log });

    const deadLetterFile = join(dataDir, "notifier-dead-letters.jsonl");
    const poller = await startStreamPoller({
      endpoint: dynamodb.endpoint,
      region: localRegion,
      credentials,
      tableName: localTableName,
      repoRoot,
      handler: notifierFunction.handler,
      filters: notifierFunction.filters,
      maxAttempts: options.notifierMaxAttempts ?? 100,
      deadLetterFile,
      log,
    });
    // The table stream's second consumer, as in AWS: the same handler, writing share pages into sharePagesDir.
    const sharePages = await startStreamPoller({
      endpoint: dynamodb.endpoint,
      region: localRegion,
      credentials,
      tableName: localTableName,
      repoRoot,
      name: "share-page publisher",
      handler: sharePagePublisher.handler,
      filters: sharePagePublisher.filters,
      maxAttempts: 100,
      deadLetterFile: join(dataDir, "share-page-dead-letters.jsonl"),
      log,
    });

    let web: Awaited<ReturnType<typeof startWeb>> | undefined;
    if (options.web) {
      log("Starting the web app (vite)…");
      web = await startWeb({
        port: ports.web,
        repoRoot,
        viteEnv: {
          // One origin, as CloudFront serves it: the site calls /api on itself, vite proxies it to the gateway.
          SLOTBOOK_API_PROXY: `http://127.0.0.1:${ports.api}`,
          VITE_USER_POOL_ID: ids.userPoolId,
          VITE_USER_POOL_CLIENT_ID: ids.userPoolClientId,
          VITE_COGNITO_URL: cognito.endpoint,
          VITE_REGION: localRegion,
          // The pages the publisher writes: the dev server serves /e/<slug> from them (web/share-pages.ts).
          SLOTBOOK_SHARE_PAGES_DIR: sharePagesDir,
        },
      });
      watch(web.child);
    }

    dynamo.destroy();
    cognitoClient.destroy();
    return {
      urls: {
        api: `http://localhost:${ports.api}`,
        web: web?.url,
        site: siteOrigins[0]!,
        ...(demoEventSlug ? { demoEvent: `${web?.url ?? siteOrigins[0]}${eventPage(demoEventSlug)}` } : {}),
        mailbox: `http://localhost:${ports.ses}`,
        smsOutbox: `http://localhost:${ports.sns}`,
        dynamodb: dynamodb.endpoint,
        cognito: cognito.endpoint,
      },
      userPoolId: ids.userPoolId,
      userPoolClientId: ids.userPoolClientId,
      tableName: localTableName,
      dataDir,
      env,
      children: { dynamodb: dynamodb.child, cognito: cognito.child },
      ses: {
        stop: () => stopChild(ses.child),
        start: async () => {
          ses = await startSes(ports.ses);
          watch(ses.child);
        },
      },
      pendingNotifications: poller.pendingRetries,
      deadLetterFile,
      sharePagesDir,
      pendingSharePages: sharePages.pendingRetries,
      stop: async () => {
        stopping = true;
        await schedules.stop();
        await poller.stop();
        await sharePages.stop();
        await gateway.close();
        if (web) await stopChild(web.child);
        await smsOutbox?.close();
        await stopAll();
      },
    };
  } catch (error) {
    stopping = true;
    await smsOutbox?.close();
    await stopAll();
    throw error;
  }
}
