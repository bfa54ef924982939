import { Duration } from "aws-cdk-lib";
import { FilterCriteria, StartingPosition } from "aws-cdk-lib/aws-lambda";
import { DynamoEventSource, SqsDlq } from "aws-cdk-lib/aws-lambda-event-sources";
import { Queue } from "aws-cdk-lib/aws-sqs";
import { Function, Script, StaticSite, use, type StackContext, type StaticSiteProps } from "sst/constructs";
import { configEnv } from "@slotbook/core/config";
import { sharePagePublisher, sharePageRepublisher } from "@slotbook/functions/share-pages/definition";
import { Hosting } from "./Hosting";
import { Auth } from "./Auth";
import { Storage } from "./Storage";
import { accessStatements } from "./function-access";
import { publisherOnlyEnvironment, senderEmail } from "./function-environment";

/**
 * Deploy this folder of already-built site files instead of building web/. For the offline stack tests,
 * which synthesize the app without running vite; deploys never set it.
 */
export const prebuiltSiteEnv = "SLOTBOOK_PREBUILT_SITE";

/**
 * SST writes a typed `ImportMetaEnv` for the VITE_* variables on every synth, by default into web/src.
 * It goes under the (gitignored) .sst folder instead, so a deploy never leaves files in web/.
 */
const generatedViteTypes = "../.sst/web-env.d.ts";

type SiteSource = Pick<StaticSiteProps, "path" | "buildCommand" | "buildOutput" | "vite">;

/** Where the site's files come from: web/ built with its own build script, or a prebuilt folder. */
function siteSource(): SiteSource {
  const prebuilt = process.env[prebuiltSiteEnv];
  if (prebuilt) return { path: prebuilt };
  return { path: "web", buildCommand: "npm run build", buildOutput: "dist", vite: { types: generatedViteTypes } };
}

/**
 * The SolidJS app, built with the Cognito ids (the same VITE_* names `npm start` gives vite) and uploaded
 * into the Hosting stack's bucket behind its CloudFront distribution. It calls the API on its own origin
 * (/api), so it needs no API URL.
 *
 * Beside it, the share-page publisher: a Lambda on the table's stream (public page items only, by filter)
 * that renders each published event's page into the bucket (`e/<slug>.html`, in the shell the build wrote
 * beside index.html) and its slug into the KeyValueStore the edge routes by, and takes both down when the
 * event is deleted. The upload must not purge: that would delete every page the publisher wrote (and old
 * hashed assets stay, so a page rendered with an earlier shell still loads its scripts). After every deploy's
 * upload, a Script renders every published page again into the new shell.
 */
export function Web({ stack }: StackContext) {
  const hosting = use(Hosting);
  const auth = use(Auth);
  const { table } = use(Storage);

  const site = new StaticSite(stack, "Site", {
    ...siteSource(),
    // Values from other stacks are unknown at build time: vite sees `{{ VITE_COGNITO_URL }}`-style placeholders,
    // which the upload replaces in the built .html and .js files.
    environment: {
      VITE_USER_POOL_ID: auth.userPoolId,
      VITE_USER_POOL_CLIENT_ID: auth.userPoolClientId,
      VITE_COGNITO_URL: auth.hostedUiUrl,
      VITE_REGION: stack.region,
    },
    cdk: { bucket: hosting.bucket, distribution: hosting.distribution },
    purgeFiles: false,
  });

  const environment = {
    [configEnv.tableName]: table.tableName,
    [configEnv.siteUrl]: hosting.siteUrl,
    ...publisherOnlyEnvironment({ siteBucket: hosting.bucket.bucketName, sharePagesKvsArn: hosting.sharePages.keyValueStoreArn }),
  };
  const targets = {
    tableArn: table.tableArn,
    userPoolArn: auth.cognito.cdk.userPool.userPoolArn,
    senderIdentityArn: "",
    senderEmail: senderEmail(),
    siteBucketArn: hosting.bucket.bucketArn,
    sharePagesKvsArn: hosting.sharePages.keyValueStoreArn,
  };

  const publisherFailures = new Queue(stack, "SharePageFailures", { retentionPeriod: Duration.days(14) });
  const publisher = new Function(stack, "SharePagePublisher", {
    handler: sharePagePublisher.handler,
    description: "Share pages (/e/<slug>) from the table's stream",
    timeout: "30 seconds",
    // One at a time: the KeyValueStore takes writes one after another anyway (each needs its current ETag).
    reservedConcurrentExecutions: 1,
    environment,
    permissions: accessStatements(sharePagePublisher.access, targets, "The share-page publisher"),
  });
  publisher.addEventSource(
    new DynamoEventSource(table.cdk.table, {
      startingPosition: StartingPosition.TRIM_HORIZON,
      batchSize: sharePagePublisher.batchSize,
      bisectBatchOnError: true,
      retryAttempts: sharePagePublisher.retryAttempts,
      maxRecordAge: Duration.hours(24),
      reportBatchItemFailures: true,
      onFailure: new SqsDlq(publisherFailures),
      filters: sharePagePublisher.filters.map((pattern) => FilterCriteria.filter(pattern as unknown as Record<string, unknown>)),
    }),
  );

  stack.addOutputs({ SiteUrl: hosting.siteUrl });
  // Every deploy (and the first): once the new site is uploaded, every published page into its new shell.
  const republisher = new Function(stack, "SharePageRepublisher", {
    handler: sharePageRepublisher.handler,
    description: "Share pages rendered again into the site's new shell, after each deploy",
    timeout: "15 minutes",
    environment,
    permissions: accessStatements(sharePageRepublisher.access, targets, "The share-page republisher"),
  });
  const republish = new Script(stack, "RepublishSharePages", { onCreate: republisher, onUpdate: republisher });
  republish.node.addDependency(site);

  return { site, siteUrl: hosting.siteUrl, publisher, publisherFailures, republisher };
}
