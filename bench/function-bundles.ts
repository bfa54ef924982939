import { mkdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import type { BuildOptions, Metafile } from "esbuild";
import { budgetedServices, type BudgetedService } from "@slotbook/core/adapters/dynamo/call-counter";
import { cognitoTriggers } from "@slotbook/functions/cognito/triggers";
import { notifierFunction } from "@slotbook/functions/notifier/definition";
import { expireOffersFunction, sendRemindersFunction } from "@slotbook/functions/scheduled/definition";
import { sharePagePublisher, sharePageRepublisher } from "@slotbook/functions/share-pages/definition";
import { splitHandler, type CallBudget, type FunctionAccess } from "@slotbook/functions/http/route-spec";
import { routeList } from "@slotbook/functions/routes";
import { functionBundling } from "../stacks/function-bundling";

export const repoRoot = fileURLToPath(new URL("../", import.meta.url));

/** SST's own esbuild (its node handler bundles every function with it), not the root's newer copy. */
const esbuild = createRequire(join(repoRoot, "node_modules/sst/runtime/handlers/node.js"))("esbuild") as typeof import("esbuild");

/** One deployed function: its SST handler and the AWS services its code talks to. */
export interface DeployedFunction {
  name: string;
  handler: string;
  services: BudgetedService[];
  /** SDK packages it imports beyond the budgeted services' clients (import lines), for its floor. */
  otherSdk?: string[];
}

/** The services a function uses, from what it declares: its IAM access and (routes) its per-request call budget. */
export function servicesOf(access: FunctionAccess, calls?: CallBudget): BudgetedService[] {
  const uses: Record<BudgetedService, boolean> = {
    dynamodb: Boolean(access.table?.length || access.indexes?.length || (calls && calls.dynamodb !== 0)),
    // The public Cognito actions (SignUp, InitiateAuth, …) are not IAM-authorized: a route's budget names them.
    cognito: Boolean(access.cognito?.length || (calls && calls.cognito > 0)),
    ses: Boolean(access.sendMail || (calls && calls.ses > 0)),
  };
  return budgetedServices.filter((service) => uses[service]);
}

/**
 * Every function the stacks deploy: a route's each, the stream notifier, the share-page publisher and its
 * re-render after deploys, the scheduled offer sweep and the user pool's trigger (an infra test fails on a bundle SST builds that is not here).
 */
/** What writing share pages imports of the SDK: S3, the KeyValueStore client and the SigV4A signer it needs. */
const sharePageSdk = [
  `import { S3Client } from "@aws-sdk/client-s3";`,
  `import { CloudFrontKeyValueStoreClient } from "@aws-sdk/client-cloudfront-keyvaluestore";`,
  `import "@aws-sdk/signature-v4a";`,
];

/** What texting imports of the SDK: the SNS client. */
const smsSdk = [`import { SNSClient } from "@aws-sdk/client-sns";`];

export function deployedFunctions(): DeployedFunction[] {
  return [
    ...routeList.map((route) => ({ name: route.name, handler: route.handler, services: servicesOf(route.access, route.calls) })),
    // Texts fans who opted in through SNS (not a budgeted service: no per-request counts, but its client loads).
    { name: "notifier", handler: notifierFunction.handler, services: servicesOf(notifierFunction.access), otherSdk: smsSdk },
    // Renders share pages into the site bucket (S3) and their slugs into CloudFront's KeyValueStore: no table client.
    {
      name: "sharePagePublisher",
      handler: sharePagePublisher.handler,
      services: servicesOf(sharePagePublisher.access),
      otherSdk: sharePageSdk,
    },
    // After each deploy: lists the published pages (byPublication) and renders them all again, as the publisher writes them.
    {
      name: "sharePageRepublisher",
      handler: sharePageRepublisher.handler,
      services: servicesOf(sharePageRepublisher.access),
      otherSdk: sharePageSdk,
    },
    { name: "expireOffers", handler: expireOffersFunction.handler, services: servicesOf(expireOffersFunction.access) },
    { name: "sendReminders", handler: sendRemindersFunction.handler, services: servicesOf(sendRemindersFunction.access), otherSdk: smsSdk },
    // The user pool's triggers: post-confirmation writes the confirmed profile; the custom-auth ones run the
    // emailed-code sign-in (only the verify trigger touches the table).
    ...Object.entries(cognitoTriggers).map(([name, trigger]) => ({ name, handler: trigger.handler, services: servicesOf(trigger.access) })),
  ];
}

/** The SDK clients a function of these services imports (the floor its cold import is held to). */
export const sdkClients: Record<BudgetedService, string[]> = {
  dynamodb: [`import { DynamoDBClient } from "@aws-sdk/client-dynamodb";`, `import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";`],
  cognito: [`import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";`],
  ses: [`import { SESClient } from "@aws-sdk/client-ses";`],
};

/**
 * The esbuild options SST v2's node handler (node_modules/sst/runtime/handlers/node.js) uses for an ES
 * module function in deploy mode, with the app's `nodejs` props (stacks/function-bundling.ts) applied as SST
 * applies them. An infra test checks that this builds the very bytes SST deploys.
 */
export function sstBuildOptions(outfile: string): BuildOptions {
  // SST's esbuild's options are these (its plugins are typed by its own copy of esbuild, the one used here).
  const { esbuild: overrides = {}, minify } = functionBundling as unknown as { esbuild?: BuildOptions; minify?: boolean };
  const { external = [], ...override } = overrides;
  return {
    platform: "node",
    external: ["sharp", "pg-native", ...external],
    keepNames: true,
    bundle: true,
    logLevel: "silent",
    metafile: true,
    format: "esm",
    target: "esnext",
    mainFields: ["module", "main"],
    banner: {
      js: [
        `import { createRequire as topLevelCreateRequire } from 'module';`,
        `const require = topLevelCreateRequire(import.meta.url);`,
        `import { fileURLToPath as topLevelFileUrlToPath, URL as topLevelURL } from "url"`,
        `const __dirname = topLevelFileUrlToPath(new topLevelURL(".", import.meta.url))`,
        "",
      ].join("\n"),
    },
    outfile,
    sourcemap: true,
    minify,
    ...override,
  };
}

export interface BuiltBundle {
  file: string;
  bytes: number;
  gzipBytes: number;
  metafile: Metafile;
}

async function measure(file: string, metafile: Metafile): Promise<BuiltBundle> {
  const code = await readFile(file);
  return { file, bytes: code.length, gzipBytes: gzipSync(code).length, metafile };
}

/** A function's bundle, built as SST builds it (same file name, so the same bytes), into `outDir`. */
export async function buildFunction(handler: string, outDir: string): Promise<BuiltBundle> {
  const { file } = splitHandler(handler);
  const dir = join(outDir, file.replaceAll("/", "_"));
  await mkdir(dir, { recursive: true });
  const outfile = join(dir, `${basename(file)}.mjs`);
  const result = await esbuild.build({ ...sstBuildOptions(outfile), absWorkingDir: repoRoot, entryPoints: [join(repoRoot, `${file}.ts`)] });
  return measure(outfile, result.metafile!);
}

/** A module of the given source, bundled the same way (it resolves packages from the repository's root). */
export async function buildModule(name: string, contents: string, outDir: string, options: BuildOptions = {}): Promise<BuiltBundle> {
  await mkdir(join(outDir, "modules"), { recursive: true });
  const outfile = join(outDir, "modules", `${name}.mjs`);
  const result = await esbuild.build({
    ...sstBuildOptions(outfile),
    ...options,
    absWorkingDir: repoRoot,
    stdin: { contents, resolveDir: repoRoot, sourcefile: `${name}.mjs`, loader: "js" },
  });
  return measure(outfile, result.metafile!);
}

/** A function's floor: its SDK clients' names (`hello-world` when it uses none). */
export const floorName = (fn: Pick<DeployedFunction, "services" | "otherSdk">): string =>
  [...fn.services, ...(fn.otherSdk ?? []).map((line) => /"@aws-sdk\/(?:client-)?([^"]+)"/.exec(line)![1])].join("+") || "hello-world";

/**
 * A bundle of just a function's SDK clients (or of nothing: hello world), built the same way: the floor its
 * cold import is held to. `sdkDefaultCredentials` builds it with the SDK's own default credential chain
 * instead of Lambda's (for comparison: what the clients cost bundled without it).
 */
export async function buildFloor(fn: Pick<DeployedFunction, "services" | "otherSdk">, outDir: string, options: { sdkDefaultCredentials?: boolean } = {}): Promise<BuiltBundle> {
  const name = `${floorName(fn)}${options.sdkDefaultCredentials ? "-sdk-default-credentials" : ""}`;
  const imports = [...fn.services.flatMap((service) => sdkClients[service]), ...(fn.otherSdk ?? [])];
  const used = imports.flatMap((line) => /import \{ (\w+) \}/.exec(line)?.[1] ?? []);
  const contents = `${imports.join("\n")}\nexport const handler = async () => ${used.length ? `[${used.join(", ")}].length` : `"hello world"`};\n`;
  return buildModule(name, contents, outDir, options.sdkDefaultCredentials ? { alias: {} } : {});
}

/**
 * Text that only a service's SDK client carries (its protocol's target or namespace), or only the code that
 * uses it (the notifier's MIME composer for SES): whether a bundle has it tells whether that client is in.
 */
export const serviceMarkers: Record<BudgetedService, string[]> = {
  dynamodb: ["DynamoDB_20120810"],
  cognito: ["AWSCognitoIdentityProviderService"],
  // The SES client only: MIME by nodemailer is the notifier's alone (an infra test holds it there).
  ses: ["com.amazonaws.ses"],
};

/** Text of what no function may carry: the SDK's default credential chain (its STS client), zod's other locales, node:http. */
export const neverBundled: Record<string, string> = {
  "the SDK's default credential chain (its STS client)": "com.amazonaws.sts",
  "a zod locale other than English (Spanish)": "Entrada inválida",
  // The SDK talks HTTPS only; on Node 22 loading node:http brings undici with it (about 11 ms of a cold start).
  "node:http": 'from"node:http"',
};
