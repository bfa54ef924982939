import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { Match } from "aws-cdk-lib/assertions";
import { configEnv } from "@slotbook/core/config";
import { tableDefinition } from "@slotbook/core/data/table";
import { passwordPolicy, roles } from "@slotbook/contract";
import { codeEmail } from "@slotbook/core/users/code-email";
import { notifierFunction } from "@slotbook/functions/notifier/definition";
import { sharePagePublisher, sharePageRepublisher } from "@slotbook/functions/share-pages/definition";
import { sharePageCacheControl } from "@slotbook/core/pages/share-page";
import { defaultThrottle, routeList } from "@slotbook/functions/routes";
import { splitHandler } from "@slotbook/functions/http/route-spec";
import { budgetedServices } from "@slotbook/core/adapters/dynamo/call-counter";
import { buildFunction, buildModule, deployedFunctions, neverBundled, serviceMarkers } from "../../bench/function-bundles";
import { functionGzipLimitBytes } from "../../stacks/function-bundling";
import { managedLoginColour } from "../../stacks/managed-login";
import { smsMonthlySpendLimit } from "../../stacks/sms-settings";
import { sendRemindersFunction } from "@slotbook/functions/scheduled/definition";
import { brand, logoSvg } from "../../web/brand/brand";
import { synthesize, type SynthesizedApp } from "./synth";
import { runAsCloudFront } from "./cloudfront-sandbox";
import {
  appFunctions,
  importedExport,
  importedExports,
  onlyResourceOf,
  resourceById,
  resourcesOf,
  type CfnResource,
} from "./template-queries";

/**
 * The whole app synthesized offline, twice: a disposable stage with every function really bundled, and
 * prod without code (its checks are about removal policies and URLs). Every route, group, index and the
 * stream are checked against the code's own definitions (route table, roles, tableDefinition), so adding
 * one there is covered here without editing this file, and dropping one from a stack fails here.
 */
let dev: SynthesizedApp;
let prod: SynthesizedApp;
let synthStartedAt = 0;

beforeAll(async () => {
  synthStartedAt = Date.now();
  // One after the other: SST keeps the current project and app in module-level state.
  dev = await synthesize("test");
  process.env.SMS_MONTHLY_SPEND_LIMIT = String(prodSmsSpendLimit);
  try {
    prod = await synthesize("prod", { buildCode: false });
  } finally {
    delete process.env.SMS_MONTHLY_SPEND_LIMIT;
  }
});
/** Prod's SMS spend limit in this synthesis (the deploy variable SMS_MONTHLY_SPEND_LIMIT). */
const prodSmsSpendLimit = 25;

describe("Storage", () => {
  const table = (app: SynthesizedApp) => onlyResourceOf(app.templates.Storage, "AWS::DynamoDB::Table")[1];

  it("keys the table by the definition's partition and sort keys", () => {
    expect(table(dev).Properties.KeySchema).toEqual([
      { AttributeName: tableDefinition.partitionKey.name, KeyType: "HASH" },
      { AttributeName: tableDefinition.sortKey.name, KeyType: "RANGE" },
    ]);
  });

  it("has exactly the definition's global indexes, with their keys and types", () => {
    const indexes = (table(dev).Properties.GlobalSecondaryIndexes as Array<Record<string, any>>).map((index) => ({
      name: index.IndexName,
      keys: index.KeySchema,
      projection: index.Projection.ProjectionType,
    }));
    expect(indexes).toEqual(
      tableDefinition.globalIndexes.map((index) => ({
        name: index.name,
        keys: [
          { AttributeName: index.partitionKey.name, KeyType: "HASH" },
          { AttributeName: index.sortKey.name, KeyType: "RANGE" },
        ],
        projection: "ALL",
      })),
    );
    const keyAttributes = [
      tableDefinition.partitionKey,
      tableDefinition.sortKey,
      ...tableDefinition.globalIndexes.flatMap((index) => [index.partitionKey, index.sortKey]),
    ];
    expect(table(dev).Properties.AttributeDefinitions).toEqual(
      expect.arrayContaining(keyAttributes.map((key) => ({ AttributeName: key.name, AttributeType: key.type }))),
    );
  });

  it("streams new and old images, recovers to a point in time and expires items by TTL", () => {
    const { Properties } = table(dev);
    expect(Properties.StreamSpecification).toEqual({ StreamViewType: tableDefinition.stream });
    expect(Properties.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
    expect(Properties.TimeToLiveSpecification).toEqual({ AttributeName: tableDefinition.timeToLiveAttribute, Enabled: true });
    expect(Properties.BillingMode).toBe("PAY_PER_REQUEST");
  });

  it("names the table after the stage", () => {
    expect(table(dev).Properties.TableName).toBe("test-slotbook-Table");
    expect(table(prod).Properties.TableName).toBe("prod-slotbook-Table");
  });
});

describe("removal: prod keeps its data, other stages are disposable", () => {
  const statefulResources = [
    ["Storage", "AWS::DynamoDB::Table"],
    ["Auth", "AWS::Cognito::UserPool"],
    ["Hosting", "AWS::S3::Bucket"],
  ] as const;

  it.each(statefulResources)("%s %s: Retain on prod, Delete elsewhere", (stack, type) => {
    expect(onlyResourceOf(prod.templates[stack], type)[1].DeletionPolicy).toBe("Retain");
    expect(onlyResourceOf(dev.templates[stack], type)[1].DeletionPolicy).toBe("Delete");
  });

  it("guards the prod table and user pool against deletion", () => {
    expect(onlyResourceOf(prod.templates.Storage, "AWS::DynamoDB::Table")[1].Properties.DeletionProtectionEnabled).toBe(true);
    expect(onlyResourceOf(prod.templates.Auth, "AWS::Cognito::UserPool")[1].Properties.DeletionProtection).toBe("ACTIVE");
  });
});

describe("Auth", () => {
  const userPool = () => onlyResourceOf(dev.templates.Auth, "AWS::Cognito::UserPool")[1].Properties;
  const client = (app: SynthesizedApp) => onlyResourceOf(app.templates.Auth, "AWS::Cognito::UserPoolClient")[1].Properties;

  it("has one group per role", () => {
    const groups = Object.values(resourcesOf(dev.templates.Auth, "AWS::Cognito::UserPoolGroup"));
    expect(groups.map((group) => group.Properties.GroupName).sort()).toEqual([...roles].sort());
    expect(roles).toEqual(expect.arrayContaining(["admin", "fan"]));
  });

  it("signs in by email, lets anyone sign up and enforces the shared password policy", () => {
    expect(userPool().UsernameAttributes).toEqual(["email"]);
    expect(userPool().AdminCreateUserConfig).toEqual({ AllowAdminCreateUserOnly: false });
    expect(userPool().Policies.PasswordPolicy).toMatchObject({
      MinimumLength: passwordPolicy.minLength,
      RequireLowercase: passwordPolicy.requireLowercase,
      RequireUppercase: passwordPolicy.requireUppercase,
      RequireNumbers: passwordPolicy.requireDigits,
      RequireSymbols: passwordPolicy.requireSymbols,
    });
  });

  it("gives the web app a public client: code flow (PKCE), USER_PASSWORD_AUTH, CUSTOM_AUTH (emailed codes), refresh, revocation", () => {
    const props = client(dev);
    expect(props.GenerateSecret).toBe(false);
    expect(props.AllowedOAuthFlows).toEqual(["code"]);
    expect(props.AllowedOAuthFlowsUserPoolClient).toBe(true);
    expect(props.AllowedOAuthScopes).toEqual(expect.arrayContaining(["openid", "email"]));
    expect([...props.ExplicitAuthFlows].sort()).toEqual(["ALLOW_CUSTOM_AUTH", "ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_PASSWORD_AUTH"]);
    expect(props.EnableTokenRevocation).toBe(true);
    expect(props.PreventUserExistenceErrors).toBe("ENABLED");
  });

  it("sends the hosted UI back to the site (and to the local dev server off prod only)", () => {
    const siteCallbacks = (app: SynthesizedApp) =>
      (client(app).CallbackURLs as unknown[]).filter((url) =>
        importedExports(url).some((name) => /-Hosting:.*SiteDistribution.*DomainName/.test(name)),
      );
    expect(siteCallbacks(dev)).toHaveLength(1);
    expect(siteCallbacks(prod)).toHaveLength(1);
    expect(client(dev).CallbackURLs).toContain("http://localhost:5173/auth/callback");
    expect(JSON.stringify(client(prod))).not.toContain("localhost");
  });

  it("runs the emailed-code sign-in on the pool's custom-auth triggers, each with its own role: only the verify trigger (and post-confirmation) may write the table", () => {
    const config = userPool().LambdaConfig;
    const functions = resourcesOf(dev.templates.Auth, "AWS::Lambda::Function");
    const policies = Object.values(resourcesOf(dev.templates.Auth, "AWS::IAM::Policy"));
    const roles = new Set<string>();
    for (const [key, trigger] of Object.entries({ PostConfirmation: "postConfirmation", DefineAuthChallenge: "defineAuthChallenge", CreateAuthChallenge: "createAuthChallenge", VerifyAuthChallengeResponse: "verifyAuthChallengeResponse" })) {
      const functionId = config[key]?.["Fn::GetAtt"]?.[0] as string;
      expect(functionId, `${key} trigger`).toMatch(new RegExp(`^Users${trigger}`));
      const roleId = functions[functionId]!.Properties.Role["Fn::GetAtt"][0] as string;
      roles.add(roleId);
      const actions = policies
        .filter((policy) => policy.Properties.Roles.some((ref: { Ref: string }) => ref.Ref === roleId))
        .flatMap((policy) => policy.Properties.PolicyDocument.Statement as Array<{ Action: string | string[] }>)
        .flatMap((statement) => [statement.Action].flat())
        .filter((action) => !action.startsWith("xray:"));
      expect(actions, key).toEqual(key === "PostConfirmation" || key === "VerifyAuthChallengeResponse" ? ["dynamodb:UpdateItem"] : []);
    }
    expect(roles.size).toBe(4);
  });

  it("has a hosted UI domain whose prefix names the stage", () => {
    const domain = onlyResourceOf(dev.templates.Auth, "AWS::Cognito::UserPoolDomain")[1].Properties.Domain;
    expect(JSON.stringify(domain)).toContain('"slotbook-test-"');
  });

  it("shows organisers a sign-in page in the app's name, logo and colours (managed login v2, the web client)", () => {
    const domain = onlyResourceOf(dev.templates.Auth, "AWS::Cognito::UserPoolDomain")[1].Properties;
    expect(domain.ManagedLoginVersion).toBe(2);
    const [, branding] = onlyResourceOf(dev.templates.Auth, "AWS::Cognito::ManagedLoginBranding");
    const [clientId] = Object.keys(resourcesOf(dev.templates.Auth, "AWS::Cognito::UserPoolClient"));
    expect(branding.Properties.ClientId).toEqual({ Ref: clientId });
    expect(branding.Properties.UseCognitoProvidedValues).toBe(false);
    const logo = (branding.Properties.Assets as Array<{ Category: string; Extension: string; Bytes: string }>).find((asset) => asset.Category === "FORM_LOGO");
    expect(logo?.Extension).toBe("SVG");
    expect(Buffer.from(logo!.Bytes, "base64").toString("utf8")).toBe(logoSvg());
    const settings = branding.Properties.Settings;
    expect(settings.components.primaryButton.lightMode.defaults.backgroundColor).toBe(managedLoginColour(brand.colours.accent));
    expect(settings.components.pageBackground.lightMode.color).toBe(managedLoginColour(brand.colours.tint));
    expect(managedLoginColour("#1D4ED8")).toBe("1d4ed8ff");
  });
});

describe("Api", () => {
  const api = () => dev.templates.Api;
  const routes = () => Object.entries(resourcesOf(api(), "AWS::ApiGatewayV2::Route"));
  const jwtAuthorizer = () => onlyResourceOf(api(), "AWS::ApiGatewayV2::Authorizer");

  /** The function behind a route: Route.Target → Integration.IntegrationUri → Function. */
  function functionOf(route: CfnResource): CfnResource {
    const target = route.Properties.Target["Fn::Join"][1] as [string, { Ref: string }];
    expect(target[0]).toBe("integrations/");
    const integration = resourceById(api(), target[1].Ref);
    expect(integration.Properties.IntegrationType).toBe("AWS_PROXY");
    const [functionId, attribute] = integration.Properties.IntegrationUri["Fn::GetAtt"] as [string, string];
    expect(attribute).toBe("Arn");
    return resourceById(api(), functionId);
  }

  it("verifies Cognito access tokens with a JWT authorizer: the pool's issuer, the client as audience", () => {
    const [, { Properties }] = jwtAuthorizer();
    expect(Properties.AuthorizerType).toBe("JWT");
    expect(Properties.IdentitySource).toEqual(["$request.header.Authorization"]);
    const audience = Properties.JwtConfiguration.Audience as unknown[];
    expect(audience).toHaveLength(1);
    expect(importedExport(audience[0])).toMatch(/^test-slotbook-Auth:.*UserPoolClient/);
    const issuer = JSON.stringify(Properties.JwtConfiguration.Issuer);
    expect(issuer).toContain("https://cognito-idp.eu-central-1.");
    expect(importedExports(Properties.JwtConfiguration.Issuer)).toEqual([expect.stringMatching(/^test-slotbook-Auth:.*UserPool[^C]/)]);
  });

  it("has exactly one route per route-table entry, and nothing else", () => {
    const keys = routes().map(([, route]) => route.Properties.RouteKey).sort();
    expect(keys).toEqual(routeList.map((route) => `${route.method} ${route.path}`).sort());
    expect(keys).toContain("ANY /{proxy+}");
  });

  it.each(routeList.map((route) => [`${route.method} ${route.path}`, route] as const))(
    "%s: its authorizer and its handler",
    (key, route) => {
      const matching = routes().filter(([, candidate]) => candidate.Properties.RouteKey === key);
      expect(matching).toHaveLength(1);
      const [, cfnRoute] = matching[0]!;
      if (route.auth === "user") {
        expect(cfnRoute.Properties.AuthorizationType).toBe("JWT");
        expect(cfnRoute.Properties.AuthorizerId).toEqual({ Ref: jwtAuthorizer()[0] });
      } else {
        expect(cfnRoute.Properties.AuthorizationType).toBe("NONE");
        expect(cfnRoute.Properties.AuthorizerId).toBeUndefined();
      }
      expect(functionOf(cfnRoute).Properties.Handler).toBe(route.handler);
    },
  );

  it("runs every function on nodejs22.x and arm64", () => {
    for (const template of Object.values(dev.templates)) {
      for (const fn of Object.values(appFunctions(template))) {
        expect(fn.Properties.Runtime).toBe("nodejs22.x");
        expect(fn.Properties.Architectures).toEqual(["arm64"]);
      }
    }
    expect(Object.keys(appFunctions(api()))).toHaveLength(routeList.length);
  });

  it("gives every function the config environment (never the local emulator endpoints) and the table", () => {
    const deployed = [configEnv.tableName, configEnv.userPoolId, configEnv.userPoolClientId, configEnv.siteUrl, configEnv.senderEmail];
    const localOnly = [configEnv.dynamoEndpoint, configEnv.cognitoEndpoint, configEnv.sesEndpoint];
    for (const fn of Object.values(appFunctions(api()))) {
      const variables = fn.Properties.Environment.Variables as Record<string, unknown>;
      for (const name of deployed) expect(variables[name], name).toBeDefined();
      for (const name of localOnly) expect(variables[name], name).toBeUndefined();
      expect(importedExport(variables[configEnv.tableName])).toMatch(/^test-slotbook-Storage:.*Table/);
      // The cursor key: a generated secret of the stage, resolved at deploy time, never a value in the template.
      expect(JSON.stringify(variables[configEnv.cursorSecret])).toMatch(/\{\{resolve:secretsmanager:.*:SecretString:::\}\}/);
    }
    api().hasResourceProperties("AWS::SecretsManager::Secret", { GenerateSecretString: { PasswordLength: 64, ExcludePunctuation: true } });
    const policies = JSON.stringify(resourcesOf(api(), "AWS::IAM::Policy"));
    // The booking transaction needs these; IAM checks a TransactWriteItems call against each of them.
    // (Each function's policy is its route's declaration alone: tests/infra/iam-parity.test.ts, tests/parity.)
    for (const action of ["dynamodb:Query", "dynamodb:PutItem", "dynamodb:UpdateItem"]) {
      expect(policies).toContain(action);
    }
    expect(policies).not.toContain("dynamodb:Scan");
  });

  it("admits cross-origin browsers only from the dev server off prod (the site is same-origin) and throttles the default stage", () => {
    const cors = (app: SynthesizedApp) => onlyResourceOf(app.templates.Hosting, "AWS::ApiGatewayV2::Api")[1].Properties.CorsConfiguration as { AllowOrigins: unknown[] } | undefined;
    expect(cors(prod)).toBeUndefined();
    expect(cors(dev)?.AllowOrigins).toEqual(["http://localhost:5173"]);
    api().hasResourceProperties("AWS::ApiGatewayV2::Stage", {
      StageName: "$default",
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingBurstLimit: defaultThrottle.burstLimit, ThrottlingRateLimit: defaultThrottle.rateLimit },
    });
  });

  it("throttles each route that declares its own limit (sign-in, codes), and only those", () => {
    const [, stage] = onlyResourceOf(api(), "AWS::ApiGatewayV2::Stage");
    const settings = stage.Properties.RouteSettings as Record<string, { ThrottlingBurstLimit: number; ThrottlingRateLimit: number }>;
    const throttled = routeList.filter((route) => route.throttle);
    expect(throttled.map((route) => route.path)).toContain("/api/auth/login");
    expect(Object.keys(settings).sort()).toEqual(throttled.map((route) => `${route.method} ${route.path}`).sort());
    for (const route of throttled) {
      expect(settings[`${route.method} ${route.path}`]).toEqual({ ThrottlingBurstLimit: route.throttle!.burstLimit, ThrottlingRateLimit: route.throttle!.rateLimit });
    }
  });
});

describe("Web", () => {
  it("serves the site from a private bucket through CloudFront, routed by two functions that read the KeyValueStore of published slugs", async () => {
    const hosting = dev.templates.Hosting;
    const [bucketId] = onlyResourceOf(hosting, "AWS::S3::Bucket");
    const [storeId] = onlyResourceOf(hosting, "AWS::CloudFront::KeyValueStore");
    const functions = resourcesOf(hosting, "AWS::CloudFront::Function");
    const idOf = (prefix: string) => Object.keys(functions).find((id) => id.startsWith(prefix))!;
    const [routingId, statusId] = [idOf("SiteRouting"), idOf("SiteStatus")];
    expect(Object.keys(functions).sort()).toEqual([routingId, statusId].sort());
    hosting.hasResourceProperties("AWS::CloudFront::Distribution", {
      DistributionConfig: Match.objectLike({
        DefaultRootObject: "index.html",
        DefaultCacheBehavior: Match.objectLike({
          ViewerProtocolPolicy: "redirect-to-https",
          FunctionAssociations: [
            { EventType: "viewer-request", FunctionARN: { "Fn::GetAtt": [routingId, "FunctionARN"] } },
            { EventType: "viewer-response", FunctionARN: { "Fn::GetAtt": [statusId, "FunctionARN"] } },
          ],
        }),
        Origins: Match.arrayWith([Match.objectLike({ DomainName: { "Fn::GetAtt": [bucketId, "RegionalDomainName"] } })]),
      }),
    });
    for (const id of [routingId, statusId]) {
      expect(functions[id]!.Properties.FunctionConfig).toMatchObject({ Runtime: "cloudfront-js-2.0", KeyValueStoreAssociations: [{ KeyValueStoreARN: { "Fn::GetAtt": [storeId, "Arn"] } }] });
    }
    // No custom error responses: they would turn the API's own 403/404 answers into the app's index.html.
    const [, distribution] = onlyResourceOf(hosting, "AWS::CloudFront::Distribution");
    expect(distribution.Properties.DistributionConfig.CustomErrorResponses).toBeUndefined();
    // The functions as deployed, run as CloudFront would with one published slug in the store.
    const published = new Set(["meet-the-band-x1y2z3"]);
    const route = runAsCloudFront(functions[routingId]!.Properties.FunctionCode, published);
    const uri = async (path: string) => (await route({ request: { uri: path, method: "GET", headers: {} } })).uri;
    expect(await uri("/e/meet-the-band-x1y2z3")).toBe("/e/meet-the-band-x1y2z3.html");
    expect(await uri("/e/no-such-band")).toBe("/404.html");
    expect(await uri("/admin/events/abc")).toBe("/index.html");
    expect(await uri("/nowhere")).toBe("/404.html");
    expect(await uri("/assets/index-abc123.js")).toBe("/assets/index-abc123.js");
    expect(await uri("/robots.txt")).toBe("/robots.txt");
    const status = runAsCloudFront(functions[statusId]!.Properties.FunctionCode, published);
    const code = async (path: string, statusCode = 200) => (await status({ request: { uri: path, method: "GET", headers: {} }, response: { statusCode, headers: {} } })).statusCode;
    expect(await code("/404.html")).toBe(404);
    expect(await code("/e/no-such-band")).toBe(404);
    expect(await code("/e/meet-the-band-x1y2z3")).toBe(200);
    expect(await code("/index.html")).toBe(200);
    hosting.hasResourceProperties("AWS::S3::Bucket", {
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
    });
  });

  it("serves the API under /api on the same origin: public reads cached on path and query, everything else never cached, the token passed on", () => {
    const hosting = dev.templates.Hosting;
    const [apiId] = onlyResourceOf(hosting, "AWS::ApiGatewayV2::Api");
    const [, distribution] = onlyResourceOf(hosting, "AWS::CloudFront::Distribution");
    const config = distribution.Properties.DistributionConfig;
    const apiOrigin = (config.Origins as Array<{ Id: string; DomainName: unknown; CustomOriginConfig?: { OriginProtocolPolicy: string } }>).find((origin) =>
      JSON.stringify(origin.DomainName).includes(apiId),
    )!;
    expect(apiOrigin.CustomOriginConfig?.OriginProtocolPolicy).toBe("https-only");
    const behaviors = config.CacheBehaviors as Array<Record<string, unknown>>;
    const byPattern = new Map(behaviors.map((behavior) => [behavior.PathPattern as string, behavior]));
    const cachedRoutes = routeList.filter((route) => route.edgeCache);
    expect(cachedRoutes.map((route) => route.path).sort()).toEqual(["/api/events/public", "/api/events/public/{url}", "/api/events/public/{url}/slots"]);
    // Behaviours are matched in order: every cached pattern comes before the catch-all /api/*.
    expect(behaviors.map((behavior) => behavior.PathPattern)).toEqual(["/api/events/public", "/api/events/public/*", "/api/*"]);
    for (const behavior of behaviors) {
      expect(behavior.TargetOriginId).toBe(apiOrigin.Id);
      expect(behavior.Compress).toBe(true);
    }
    const [cachePolicyId, cachePolicy] = onlyResourceOf(hosting, "AWS::CloudFront::CachePolicy");
    const keyed = cachePolicy.Properties.CachePolicyConfig.ParametersInCacheKeyAndForwardedToOrigin;
    expect(keyed).toMatchObject({
      QueryStringsConfig: { QueryStringBehavior: "all" },
      HeadersConfig: { HeaderBehavior: "none" },
      CookiesConfig: { CookieBehavior: "none" },
      EnableAcceptEncodingGzip: true,
      EnableAcceptEncodingBrotli: true,
    });
    expect(cachePolicy.Properties.CachePolicyConfig.DefaultTTL).toBe(0); // only what the API's Cache-Control allows
    for (const pattern of ["/api/events/public", "/api/events/public/*"]) {
      expect(byPattern.get(pattern)).toMatchObject({ CachePolicyId: { Ref: cachePolicyId }, AllowedMethods: ["GET", "HEAD", "OPTIONS"] });
      expect(byPattern.get(pattern)!.OriginRequestPolicyId).toBeUndefined(); // no Authorization, no cookies
    }
    // AWS's managed policies: CachingDisabled, and AllViewerExceptHostHeader (API Gateway routes on its own Host).
    expect(byPattern.get("/api/*")).toMatchObject({
      CachePolicyId: "4135ea2d-6df8-44a3-9df3-4b5a84be39ad",
      OriginRequestPolicyId: "b689b0a8-53d0-40ab-baf2-68738e2966ac",
      AllowedMethods: expect.arrayContaining(["GET", "POST", "PUT", "DELETE", "OPTIONS"]),
    });
    // No route that needs a token falls under a cached pattern.
    const cachedPattern = (path: string) => path === "/api/events/public" || path.startsWith("/api/events/public/");
    for (const route of routeList.filter((entry) => entry.auth === "user")) expect(cachedPattern(route.path), route.path).toBe(false);
  });

  it("uploads the built site into that bucket without purging it (the share pages live there too), then invalidates that distribution", () => {
    const [, uploader] = onlyResourceOf(dev.templates.Web, "Custom::S3Uploader");
    expect(importedExport(uploader.Properties.destinationBucketName)).toMatch(/^test-slotbook-Hosting:.*SiteBucket/);
    // SST's purge deletes every object the upload didn't bring: each share page, on each deploy.
    expect(uploader.Properties.filenames).toBeUndefined();
    const [, invalidator] = onlyResourceOf(dev.templates.Web, "Custom::CloudFrontInvalidator");
    expect(importedExport(invalidator.Properties.distributionId)).toMatch(/^test-slotbook-Hosting:.*SiteDistribution/);
  });

  it("fills in the Cognito ids the site was built with (it calls the API on its own origin)", () => {
    const [, uploader] = onlyResourceOf(dev.templates.Web, "Custom::S3Uploader");
    const replaced = new Map<string, string[]>();
    for (const { search, replace } of uploader.Properties.replaceValues as Array<{ search: string; replace: unknown }>) {
      replaced.set(search, importedExports(replace));
    }
    expect(replaced.has("{{ VITE_API_URL }}")).toBe(false);
    expect(replaced.get("{{ VITE_USER_POOL_ID }}")).toEqual([expect.stringMatching(/^test-slotbook-Auth:.*UserPool[^C]/)]);
    expect(replaced.get("{{ VITE_USER_POOL_CLIENT_ID }}")).toEqual([expect.stringMatching(/^test-slotbook-Auth:.*UserPoolClient/)]);
    expect(replaced.get("{{ VITE_COGNITO_URL }}")).toEqual([expect.stringMatching(/^test-slotbook-Auth:.*HostedUi/)]);
  });

  it("runs the share-page publisher on the table's stream (public page items only), allowed only pages under e/, the shell and the slugs' KeyValueStore", () => {
    const web = dev.templates.Web;
    const [fnId, fn] = Object.entries(appFunctions(web)).find(([id]) => id.startsWith("SharePagePublisher"))!;
    expect(fn.Properties.Handler).toBe(sharePagePublisher.handler);
    expect(fn.Properties.ReservedConcurrentExecutions).toBe(1);
    const variables = fn.Properties.Environment.Variables as Record<string, unknown>;
    expect(importedExport(variables[configEnv.siteBucket])).toMatch(/^test-slotbook-Hosting:.*SiteBucket/);
    expect(importedExport(variables[configEnv.sharePagesKvsArn])).toMatch(/^test-slotbook-Hosting:.*SharePages.*Arn/);
    expect(importedExports(variables[configEnv.siteUrl])).toEqual([expect.stringMatching(/^test-slotbook-Hosting:.*SiteDistribution/)]);
    for (const name of [configEnv.sharePagesDir, configEnv.siteShellFile, configEnv.dynamoEndpoint]) expect(variables[name], name).toBeUndefined();

    const [, mapping] = onlyResourceOf(web, "AWS::Lambda::EventSourceMapping");
    expect(mapping.Properties.FunctionName).toEqual({ Ref: fnId });
    expect(importedExport(mapping.Properties.EventSourceArn)).toMatch(/^test-slotbook-Storage:.*Table.*StreamArn/);
    expect(mapping.Properties.FunctionResponseTypes).toEqual(["ReportBatchItemFailures"]);
    expect(mapping.Properties.FilterCriteria.Filters.map((filter: { Pattern: string }) => JSON.parse(filter.Pattern))).toEqual(sharePagePublisher.filters);
    const [queueId] = onlyResourceOf(web, "AWS::SQS::Queue");
    expect(mapping.Properties.DestinationConfig.OnFailure.Destination).toEqual({ "Fn::GetAtt": [queueId, "Arn"] });

    // Its own policy: exactly its declared access (stream reads and the queue come from the event source).
    const roleId = fn.Properties.Role["Fn::GetAtt"][0];
    const statements = Object.values(resourcesOf(web, "AWS::IAM::Policy"))
      .filter((policy) => (policy.Properties.Roles as Array<{ Ref: string }>).some((role) => role.Ref === roleId))
      .flatMap((policy) => policy.Properties.PolicyDocument.Statement as Array<{ Action: string | string[]; Resource: unknown }>);
    const granted = (action: string) => statements.filter((statement) => ([] as string[]).concat(statement.Action).includes(action)).map((statement) => JSON.stringify(statement.Resource));
    for (const action of ["s3:PutObject", "s3:DeleteObject"]) expect(granted(action)).toEqual([expect.stringMatching(/SiteBucket.*"\/e\/\*\.html"/)]);
    expect(granted("s3:GetObject")).toEqual([expect.stringMatching(/SiteBucket.*"\/share-page-shell\.html"/)]);
    for (const action of ["cloudfront-keyvaluestore:DescribeKeyValueStore", "cloudfront-keyvaluestore:PutKey", "cloudfront-keyvaluestore:DeleteKey"]) {
      expect(granted(action)).toEqual([expect.stringMatching(/Hosting:.*SharePages.*Arn/)]);
    }
    const actions = statements.flatMap((statement) => ([] as string[]).concat(statement.Action));
    expect(actions.filter((action) => /^(s3|dynamodb:(PutItem|UpdateItem|DeleteItem|GetItem|Query|Scan|Batch.*)$|ses|cognito)/.test(action) && !/^s3:(PutObject|DeleteObject|GetObject)$/.test(action))).toEqual([]);
    // Pages are cached at the edge briefly, so a change shows within a minute.
    expect(sharePageCacheControl).toMatch(/s-maxage=\d+/);
  });

  it("renders every published page again after each deploy's upload (create and update), allowed the byPublication index and the share pages only", () => {
    const web = dev.templates.Web;
    const [fnId, fn] = Object.entries(appFunctions(web)).find(([id]) => id.startsWith("SharePageRepublisher"))!;
    expect(fn.Properties.Handler).toBe(sharePageRepublisher.handler);
    const [scriptId, script] = onlyResourceOf(web, "Custom::SSTScript");
    expect(JSON.stringify(script.Properties.UserCreateFunction)).toContain(fnId);
    expect(JSON.stringify(script.Properties.UserUpdateFunction)).toContain(fnId);
    // After the site's upload: the shell it renders into is the new one.
    const [uploaderId] = onlyResourceOf(web, "Custom::S3Uploader");
    expect(JSON.stringify((resourceById(web, scriptId) as CfnResource & { DependsOn?: string[] }).DependsOn ?? [])).toContain(uploaderId);
    const roleId = fn.Properties.Role["Fn::GetAtt"][0];
    const statements = Object.values(resourcesOf(web, "AWS::IAM::Policy"))
      .filter((policy) => (policy.Properties.Roles as Array<{ Ref: string }>).some((role) => role.Ref === roleId))
      .flatMap((policy) => policy.Properties.PolicyDocument.Statement as Array<{ Action: string | string[]; Resource: unknown }>);
    const actions = statements.flatMap((statement) => ([] as string[]).concat(statement.Action)).filter((action) => !action.startsWith("xray:")).sort();
    expect(actions).toEqual(["cloudfront-keyvaluestore:DescribeKeyValueStore", "cloudfront-keyvaluestore:PutKey", "dynamodb:Query", "s3:GetObject", "s3:PutObject"]); // it writes pages, never removes one
    const query = statements.find((statement) => ([] as string[]).concat(statement.Action).includes("dynamodb:Query"))!;
    expect(JSON.stringify(query.Resource)).toContain("/index/byPublication");
  });

  it("sends a strict Content-Security-Policy from CloudFront: no inline script or style, calls only to itself and Cognito", () => {
    const [policyId, policy] = onlyResourceOf(dev.templates.Hosting, "AWS::CloudFront::ResponseHeadersPolicy");
    const security = policy.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig;
    expect(security.ContentSecurityPolicy.Override).toBe(true);
    const csp = security.ContentSecurityPolicy.ContentSecurityPolicy as string;
    const directives = new Map(
      csp.split(";").map((directive) => {
        const [name, ...sources] = directive.trim().split(/\s+/);
        return [name!, sources];
      }),
    );
    expect(directives.get("default-src")).toEqual(["'none'"]);
    expect(directives.get("script-src")).toEqual(["'self'"]);
    expect(directives.get("style-src")).toEqual(["'self'"]);
    expect(directives.get("connect-src")).toEqual(["'self'", "https://*.auth.eu-central-1.amazoncognito.com"]);
    for (const name of ["frame-ancestors", "object-src", "base-uri"]) expect(directives.get(name), name).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|'strict-dynamic'|data:|blob:|\s\*\s|\shttp:/);
    expect(security.FrameOptions).toEqual({ FrameOption: "DENY", Override: true });
    expect(security.ContentTypeOptions).toEqual({ Override: true });
    expect(security.StrictTransportSecurity).toMatchObject({ IncludeSubdomains: true, Override: true });

    const [, distribution] = onlyResourceOf(dev.templates.Hosting, "AWS::CloudFront::Distribution");
    expect(distribution.Properties.DistributionConfig.DefaultCacheBehavior.ResponseHeadersPolicyId).toEqual({ Ref: policyId });
  });

  it("lets the site reach the hosted UI it is built with (inside the CSP's connect-src); the API's address is the site's", () => {
    const outputs = (stack: keyof SynthesizedApp["templates"]) => JSON.stringify(dev.templates[stack].toJSON().Outputs);
    expect(importedExports(dev.templates.Api.toJSON().Outputs.ApiUrl.Value)).toEqual([expect.stringMatching(/-Hosting:.*SiteDistribution.*DomainName/)]);
    expect(outputs("Auth")).toContain(".auth.eu-central-1.amazoncognito.com");
  });
});

describe("Notifications", () => {
  const notifications = () => dev.templates.Notifications;
  const mapping = () => onlyResourceOf(notifications(), "AWS::Lambda::EventSourceMapping")[1];

  it("runs the notifier (nodejs22.x, arm64) on the table's stream, woken only for bookings added or removed", () => {
    const [, notifier] = Object.entries(appFunctions(notifications())).find(([, fn]) => fn.Properties.Handler === notifierFunction.handler)!;
    expect(notifier.Properties.Runtime).toBe("nodejs22.x");
    expect(notifier.Properties.Architectures).toEqual(["arm64"]);
    const { Properties } = mapping();
    expect(importedExports(Properties.EventSourceArn)).toEqual([expect.stringMatching(/^test-slotbook-Storage:.*Table.*StreamArn/)]);
    const patterns = (Properties.FilterCriteria.Filters as Array<{ Pattern: string }>).map((filter) => JSON.parse(filter.Pattern));
    expect(patterns).toEqual(notifierFunction.filters);
  });

  it("reports failed records one by one, retries with bisection, and parks the rest in an SQS queue", () => {
    const { Properties } = mapping();
    expect(Properties.FunctionResponseTypes).toEqual(["ReportBatchItemFailures"]);
    expect(Properties.BisectBatchOnFunctionError).toBe(true);
    expect(Properties.MaximumRetryAttempts).toBe(notifierFunction.retryAttempts);
    const [queueId] = onlyResourceOf(notifications(), "AWS::SQS::Queue");
    expect(Properties.DestinationConfig.OnFailure.Destination).toEqual({ "Fn::GetAtt": [queueId, "Arn"] });
  });

  it("may send mail only from the stage's SES identity, and owns that identity on prod", () => {
    const statements = Object.values(resourcesOf(notifications(), "AWS::IAM::Policy")).flatMap((policy) => policy.Properties.PolicyDocument.Statement as Array<Record<string, any>>);
    const sending = statements.filter((statement) => JSON.stringify(statement.Action).includes("ses:"));
    // The notifier's and the reminder sweep's.
    expect(sending).toHaveLength(2);
    for (const statement of sending) {
      expect(statement.Action).toBe("ses:SendRawEmail");
      expect(JSON.stringify(statement.Resource)).toContain(":identity/");
      expect(statement.Condition).toEqual({ StringEquals: { "ses:FromAddress": expect.any(String) } });
      expect(statement.Resource).not.toBe("*");
    }
    expect(Object.keys(resourcesOf(prod.templates.Notifications, "AWS::SES::EmailIdentity"))).toHaveLength(1);
    expect(Object.keys(resourcesOf(notifications(), "AWS::SES::EmailIdentity"))).toHaveLength(0); // preview stages share it
  });

  it("may text phone numbers only: the notifier and the reminder sweep publish to SNS with every topic denied, and nothing else may publish", () => {
    const templates = Object.entries(dev.templates);
    const publishing = templates.flatMap(([stack, template]) =>
      Object.values(resourcesOf(template, "AWS::IAM::Policy")).flatMap((policy) =>
        (policy.Properties.PolicyDocument.Statement as Array<Record<string, any>>)
          .filter((statement) => [statement.Action].flat().includes("sns:Publish"))
          .map((statement) => ({ stack, roles: policy.Properties.Roles as Array<{ Ref: string }>, statement })),
      ),
    );
    // Both senders, each an allow on "*" (a number has no ARN) and a deny on every topic, and nothing else.
    expect(publishing.map(({ stack, statement }) => [stack, statement.Effect, statement.Resource])).toEqual([
      ["Notifications", "Allow", "*"],
      ["Notifications", "Deny", "arn:aws:sns:*:*:*"],
      ["Notifications", "Allow", "*"],
      ["Notifications", "Deny", "arn:aws:sns:*:*:*"],
    ]);
    const functions = appFunctions(notifications());
    const handlerOfRole = (ref: string) => Object.values(functions).find((fn) => fn.Properties.Role["Fn::GetAtt"][0] === ref)?.Properties.Handler;
    expect(new Set(publishing.map(({ roles }) => handlerOfRole(roles[0]!.Ref)))).toEqual(new Set([notifierFunction.handler, sendRemindersFunction.handler]));
    for (const { statement } of publishing) expect(statement.Condition).toBeUndefined();
  });

  it("sets the account's SMS spend limit (SMS_MONTHLY_SPEND_LIMIT, default $1) and transactional texts on the stages that own the sender, not on preview stages", () => {
    const settings = Object.values(resourcesOf(prod.templates.Notifications, "Custom::AWS"));
    expect(settings).toHaveLength(1);
    // The SDK call the custom resource makes on deploy, as JSON.
    expect(JSON.parse(settings[0]!.Properties.Update as string)).toMatchObject({
      service: "SNS",
      action: "setSMSAttributes",
      parameters: { attributes: { MonthlySpendLimit: String(prodSmsSpendLimit), DefaultSMSType: "Transactional" } },
    });
    const policies = Object.values(resourcesOf(prod.templates.Notifications, "AWS::IAM::Policy")).flatMap((policy) => policy.Properties.PolicyDocument.Statement as Array<Record<string, any>>);
    expect(policies.filter((statement) => [statement.Action].flat().includes("sns:SetSMSAttributes"))).toEqual([expect.objectContaining({ Effect: "Allow", Resource: "*" })]);
    expect(resourcesOf(dev.templates.Notifications, "Custom::AWS")).toEqual({});
    expect(smsMonthlySpendLimit(undefined)).toBe(1);
    expect(smsMonthlySpendLimit("200")).toBe(200);
    for (const wrong of ["-5", "1.5", "ten", "1e3"]) expect(() => smsMonthlySpendLimit(wrong)).toThrow(/whole number of US dollars/);
  });

  it("sends the user pool's codes with the shared code email text", () => {
    const [, pool] = onlyResourceOf(dev.templates.Auth, "AWS::Cognito::UserPool");
    expect(pool.Properties.VerificationMessageTemplate).toMatchObject({ DefaultEmailOption: "CONFIRM_WITH_CODE", EmailSubject: codeEmail.subject, EmailMessage: codeEmail.body });
  });
});

describe("the deployed code", () => {
  /** The bundles SST built for this synthesis (under .sst/artifacts), by handler file. */
  function freshBundles(): Map<string, string> {
    const root = fileURLToPath(new URL("../../.sst/artifacts/", import.meta.url));
    const bundles = new Map<string, string>();
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        const stats = statSync(path);
        if (stats.isDirectory()) walk(path);
        else if (path.endsWith(".mjs") && stats.mtimeMs >= synthStartedAt - 1000) bundles.set(path.slice(path.indexOf("/packages/") + 1).replace(/\.mjs$/, ""), path);
      }
    };
    walk(root);
    return bundles;
  }

  it("is a bundle per function that loads on Node 22 and exports its handler; the health bundle answers", () => {
    const bundles = freshBundles();
    const wanted = [...routeList.map((route) => route.handler), notifierFunction.handler].map((handler) => {
      const { file, exportName } = splitHandler(handler);
      expect(bundles.get(file), `${file} was bundled`).toBeDefined();
      return { file: pathToFileURL(bundles.get(file)!).href, exportName };
    });
    // Plain Node, as Lambda runs them (not through vitest's module runner).
    const script = `
      const wanted = ${JSON.stringify(wanted)};
      const missing = [];
      for (const { file, exportName } of wanted) if (typeof (await import(file))[exportName] !== "function") missing.push(file);
      const health = (await import(wanted[${routeList.findIndex((route) => route.path === "/api/health")}].file)).handler;
      const answer = await health({ version: "2.0", rawPath: "/api/health", headers: {}, requestContext: { requestId: "bundle-check", http: { method: "GET", path: "/api/health" } } }, {});
      console.log(JSON.stringify({ missing, status: answer.statusCode, body: answer.body }));`;
    const output = execFileSync(process.execPath, ["--input-type=module", "-e", script], { env: { ...process.env, POWERTOOLS_LOG_LEVEL: "SILENT" }, encoding: "utf8" });
    expect(JSON.parse(output.trim().split("\n").pop()!)).toEqual({ missing: [], status: 200, body: '{"status":"ok"}' });
  });

  /** Every deployed function (routes, notifier, the user pool's trigger) with the bundle SST built for it. */
  const deployed = () => {
    const bundles = freshBundles();
    return deployedFunctions().map((fn) => {
      const file = bundles.get(splitHandler(fn.handler).file);
      expect(file, `${fn.handler} was bundled`).toBeDefined();
      return { ...fn, file: file!, code: readFileSync(file!) };
    });
  };
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

  it("is known to the bundle checks and the benchmark, every function SST bundled (none escapes the limits below)", () => {
    const known = new Set(deployedFunctions().map((fn) => splitHandler(fn.handler).file));
    expect([...freshBundles().keys()].filter((file) => !known.has(file))).toEqual([]);
  });

  it("keeps every function within 150 KB gzipped", () => {
    const over = deployed().flatMap((fn) => {
      const gzipped = gzipSync(fn.code).length;
      return gzipped > functionGzipLimitBytes ? [`${fn.name}: ${kb(gzipped)} gzipped, over ${kb(functionGzipLimitBytes)}`] : [];
    });
    expect(over).toEqual([]);
  });

  it("carries the heavy libraries only where its operation uses them (the domain services are split per operation)", () => {
    // Text only each library's code carries, and the functions that may have it.
    const eventWrites = ["createEvent", "updateEvent"];
    const invites = ["bookingCalendar", "notifier"];
    const only: Record<string, { marker: string; functions: string[] }> = {
      "@date-fns/tz (zoned times in invites)": { marker: "tzComponents", functions: invites },
      "ical-generator (calendar invites)": { marker: "ical-generator", functions: invites },
      "slugify (publishing)": { marker: '"percent"', functions: ["publishEvent"] },
      // MIME with calendar invites; the sign-in code's email is built without it (adapters/ses/plain-email.ts).
      "nodemailer (MIME with attachments; its boundaries start --_NmP)": { marker: "--_NmP", functions: ["notifier"] },
      // Creating and changing events check and compare zones (publishing and deleting do not).
      "the time-zone database (zones checked or written out)": { marker: "BEGIN:VTIMEZONE", functions: [...eventWrites, ...invites] },
      // The schemas are zod/mini; zod-openapi builds the document with classic zod, at bundle time (a method only classic schemas have).
      "classic zod": { marker: "superRefine(", functions: [] },
    };
    const problems = deployed().flatMap((fn) => {
      const code = fn.code.toString("utf8");
      return Object.entries(only)
        .filter(([, { marker, functions }]) => code.includes(marker) !== functions.includes(fn.name))
        .map(([what, { functions }]) => `${fn.name} ${functions.includes(fn.name) ? "lacks" : "carries"} ${what}`);
    });
    expect(problems).toEqual([]);
  });

  it("carries the AWS clients its function uses and no other, Lambda's credentials alone, and no zod locale but English", () => {
    const problems = deployed().flatMap((fn) => {
      const code = fn.code.toString("utf8");
      return [
        ...budgetedServices.flatMap((service) =>
          serviceMarkers[service]
            .filter((marker) => code.includes(marker) !== fn.services.includes(service))
            .map((marker) => `${fn.name} ${fn.services.includes(service) ? "uses" : "does not use"} ${service} but ${code.includes(marker) ? "has" : "lacks"} "${marker}"`),
        ),
        ...Object.entries(neverBundled)
          .filter(([, marker]) => code.includes(marker))
          .map(([what]) => `${fn.name} carries ${what}`),
      ];
    });
    expect(problems).toEqual([]);
  });

  it("is, byte for byte, what the cold-start benchmark builds and measures", async () => {
    const outDir = mkdtempSync(join(tmpdir(), "slotbook-bundles-"));
    try {
      const differ = [];
      for (const fn of deployed()) if (!readFileSync((await buildFunction(fn.handler, outDir)).file).equals(fn.code)) differ.push(fn.name);
      expect(differ).toEqual([]);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });

  it("gives an SDK client the execution role's credentials from Lambda's environment, bundled as the functions are", async () => {
    const outDir = mkdtempSync(join(tmpdir(), "slotbook-credentials-"));
    try {
      const entry = `import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
        export const credentials = () => new DynamoDBClient({ region: "eu-central-1" }).config.credentials();`;
      const { file } = await buildModule("credentials", entry, outDir);
      const script = `try { console.log((await (await import(${JSON.stringify(pathToFileURL(file).href)})).credentials()).accessKeyId); } catch (error) { console.log(error.message); }`;
      const resolve = (env: Record<string, string>) => execFileSync(process.execPath, ["--input-type=module", "-e", script], { env: { PATH: process.env.PATH ?? "", ...env }, encoding: "utf8" }).trim();
      expect(resolve({ AWS_ACCESS_KEY_ID: "AKIDROLE", AWS_SECRET_ACCESS_KEY: "secret", AWS_SESSION_TOKEN: "session" })).toBe("AKIDROLE");
      // Not the SDK's default chain (which would go on to profiles, SSO and instance metadata): Lambda's only.
      expect(resolve({ HOME: outDir })).toMatch(/^No AWS credentials: this function reads Lambda's/);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});
