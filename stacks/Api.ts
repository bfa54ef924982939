import { RemovalPolicy } from "aws-cdk-lib";
import { HttpApi as HttpApiRef, HttpStage, type CfnStage } from "aws-cdk-lib/aws-apigatewayv2";
import { LogGroup } from "aws-cdk-lib/aws-logs";
import { Secret } from "aws-cdk-lib/aws-secretsmanager";
import { Api as HttpApi, use, type StackContext } from "sst/constructs";
import { defaultThrottle, routeList } from "@slotbook/functions/routes";
import { Storage } from "./Storage";
import { Hosting } from "./Hosting";
import { Auth } from "./Auth";
import { apiRoutes, jwtAuthorizerName, routeKey } from "./api-routes";
import { senderIdentityArn } from "./function-access";
import { apiOnlyEnvironment, appEnvironment, releaseLinkEnvironment, senderEmail } from "./function-environment";
import { logRetention } from "./log-retention";
import { isProduction } from "./stage";

/** One JSON line per request in the access log (never a header, so never a token). */
const accessLogFormat = JSON.stringify({
  requestId: "$context.requestId",
  ip: "$context.identity.sourceIp",
  requestTime: "$context.requestTime",
  method: "$context.httpMethod",
  routeKey: "$context.routeKey",
  status: "$context.status",
  responseLength: "$context.responseLength",
  latencyMs: "$context.responseLatency",
  integrationError: "$context.integrationErrorMessage",
});

/**
 * The HTTP API's routes, authorizer and stage: one route and one function per entry of the route table, on
 * the bare HTTP API the Hosting stack made (CloudFront serves it under /api on the site's own origin).
 */
export function Api({ app, stack }: StackContext) {
  const { table } = use(Storage);
  const hosting = use(Hosting);
  const { siteUrl } = hosting;
  // Referred to from this stack, so what binds to it (the JWT authorizer, the stage) lives here, not in Hosting.
  const httpApi = HttpApiRef.fromHttpApiAttributes(stack, "HttpApiRef", { httpApiId: hosting.httpApi.apiId, apiEndpoint: hosting.httpApi.apiEndpoint });
  const auth = use(Auth);

  // Signs list cursors, so a cursor the API did not issue is refused (one per stage, generated, never shown).
  const cursorKey = new Secret(stack, "CursorKey", {
    description: `${app.stage}: the key that signs the API's list cursors`,
    generateSecretString: { passwordLength: 64, excludePunctuation: true },
  });
  // Signs reminders' "release my seat" links: the reminder sweep (Notifications) signs, the release routes check.
  const releaseLinkKey = new Secret(stack, "ReleaseLinkKey", {
    description: `${app.stage}: the key that signs reminders' release links`,
    generateSecretString: { passwordLength: 64, excludePunctuation: true },
  });

  const api = new HttpApi(stack, "Api", {
    cdk: { httpApi },
    authorizers: {
      [jwtAuthorizerName]: {
        type: "jwt",
        jwt: { issuer: auth.issuerUrl, audience: [auth.userPoolClientId] },
      },
    },
    defaults: {
      function: {
        environment: {
          ...appEnvironment({ tableName: table.tableName, userPoolId: auth.userPoolId, userPoolClientId: auth.userPoolClientId, siteUrl, senderEmail: senderEmail() }),
          // Resolved by CloudFormation at deploy time (a dynamic reference), so the key is in no template.
          ...apiOnlyEnvironment({ cursorSecret: cursorKey.secretValue.unsafeUnwrap() }),
          ...releaseLinkEnvironment(releaseLinkKey.secretValue.unsafeUnwrap()),
        },
      },
    },
    // Each route's function gets its own least-privilege policy, from the route's declared `access`.
    routes: apiRoutes(routeList, {
      tableArn: table.tableArn,
      userPoolArn: auth.cognito.cdk.userPool.userPoolArn,
      senderIdentityArn: senderIdentityArn(stack, senderEmail()),
      senderEmail: senderEmail(),
    }),
  });

  // The stage, here rather than with the bare API: its per-route settings name routes this stack creates.
  const httpStage = new HttpStage(stack, "DefaultStage", {
    httpApi,
    stageName: "$default",
    autoDeploy: true,
    throttle: { burstLimit: defaultThrottle.burstLimit, rateLimit: defaultThrottle.rateLimit },
  });
  httpStage.node.addDependency(api);
  // The access log, kept as long as the functions' logs (log-retention.ts).
  const accessLog = new LogGroup(stack, "AccessLog", {
    retention: logRetention(app).days,
    removalPolicy: isProduction(app) ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
  });
  const stage = httpStage.node.defaultChild as CfnStage;
  stage.accessLogSettings = { destinationArn: accessLog.logGroupArn, format: accessLogFormat };
  // Routes with their own throttle (sign-in, codes) get it as stage route settings; SST has no per-route option.
  // RouteSettings is raw JSON to CDK, so it takes CloudFormation's own (capitalised) names.
  stage.routeSettings = Object.fromEntries(
    routeList
      .filter((route) => route.throttle)
      .map((route) => [routeKey(route), { ThrottlingBurstLimit: route.throttle!.burstLimit, ThrottlingRateLimit: route.throttle!.rateLimit }]),
  );

  // The API's address is the site's: CloudFront serves it under /api (the direct one skips the CDN).
  stack.addOutputs({ ApiUrl: siteUrl, DirectApiUrl: api.url });
  return { api, apiUrl: siteUrl, releaseLinkKey };
}
