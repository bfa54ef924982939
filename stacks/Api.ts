import type { CfnStage } from "aws-cdk-lib/aws-apigatewayv2";
import { Secret } from "aws-cdk-lib/aws-secretsmanager";
import { CorsHttpMethod } from "aws-cdk-lib/aws-apigatewayv2";
import { Api as HttpApi, use, type ApiCorsProps, type StackContext } from "sst/constructs";
import { defaultThrottle, routeList } from "@slotbook/functions/routes";
import { corsPolicy } from "@slotbook/functions/http/cors";
import { Storage } from "./Storage";
import { Hosting } from "./Hosting";
import { Auth } from "./Auth";
import { apiRoutes, jwtAuthorizerName, routeKey } from "./api-routes";
import { senderIdentityArn } from "./function-access";
import { apiOnlyEnvironment, functionEnvironment, senderEmail } from "./function-environment";
import { logRetention } from "./log-retention";
import { browserOrigins } from "./stage";

const isCorsMethod = (method: string): method is keyof typeof CorsHttpMethod => method in CorsHttpMethod;

/** The shared CORS policy (the local gateway serves the same one) in SST's terms. */
function apiCors(origins: string[]): ApiCorsProps {
  const policy = corsPolicy(origins);
  return {
    allowOrigins: policy.allowOrigins,
    allowMethods: policy.allowMethods.filter(isCorsMethod),
    allowHeaders: policy.allowHeaders,
    exposeHeaders: policy.exposeHeaders,
    maxAge: `${policy.maxAgeSeconds} seconds`,
  };
}

/** The HTTP API: one route and one function per entry of the route table. */
export function Api({ app, stack }: StackContext) {
  const { table } = use(Storage);
  const { siteUrl } = use(Hosting);
  const auth = use(Auth);

  // Signs list cursors, so a cursor the API did not issue is refused (one per stage, generated, never shown).
  const cursorKey = new Secret(stack, "CursorKey", {
    description: `${app.stage}: the key that signs the API's list cursors`,
    generateSecretString: { passwordLength: 64, excludePunctuation: true },
  });

  const api = new HttpApi(stack, "Api", {
    authorizers: {
      [jwtAuthorizerName]: {
        type: "jwt",
        jwt: { issuer: auth.issuerUrl, audience: [auth.userPoolClientId] },
      },
    },
    defaults: {
      function: {
        environment: {
          ...functionEnvironment({
            tableName: table.tableName,
            userPoolId: auth.userPoolId,
            userPoolClientId: auth.userPoolClientId,
            siteUrl,
            senderEmail: senderEmail(),
          }),
          // Resolved by CloudFormation at deploy time (a dynamic reference), so the key is in no template.
          ...apiOnlyEnvironment({ cursorSecret: cursorKey.secretValue.unsafeUnwrap() }),
        },
      },
      throttle: { burst: defaultThrottle.burstLimit, rate: defaultThrottle.rateLimit },
    },
    cors: apiCors(browserOrigins(app, siteUrl)),
    // SST's access log (one JSON line per request), kept as long as the functions' logs (log-retention.ts).
    accessLog: { retention: logRetention(app).sst },
    // Each route's function gets its own least-privilege policy, from the route's declared `access`.
    routes: apiRoutes(routeList, {
      tableArn: table.tableArn,
      userPoolArn: auth.cognito.cdk.userPool.userPoolArn,
      senderIdentityArn: senderIdentityArn(stack, senderEmail()),
      senderEmail: senderEmail(),
    }),
  });

  // Routes with their own throttle (sign-in, codes) get it as stage route settings; SST has no per-route option.
  // RouteSettings is raw JSON to CDK, so it takes CloudFormation's own (capitalised) names.
  const stage = api.cdk.httpApi.defaultStage?.node.defaultChild as CfnStage;
  stage.routeSettings = Object.fromEntries(
    routeList
      .filter((route) => route.throttle)
      .map((route) => [routeKey(route), { ThrottlingBurstLimit: route.throttle!.burstLimit, ThrottlingRateLimit: route.throttle!.rateLimit }]),
  );

  stack.addOutputs({ ApiUrl: api.url });
  return { api, apiUrl: api.url };
}
