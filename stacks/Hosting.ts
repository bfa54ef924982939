import { Duration } from "aws-cdk-lib";
import { BlockPublicAccess, Bucket, BucketEncryption } from "aws-cdk-lib/aws-s3";
import {
  AllowedMethods,
  CacheCookieBehavior,
  CacheHeaderBehavior,
  CachePolicy,
  CacheQueryStringBehavior,
  Distribution,
  Function as EdgeFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  KeyValueStore,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
  type BehaviorOptions,
} from "aws-cdk-lib/aws-cloudfront";
import { HttpOrigin, S3BucketOrigin } from "aws-cdk-lib/aws-cloudfront-origins";
import { CorsHttpMethod, HttpApi } from "aws-cdk-lib/aws-apigatewayv2";
import type { StackContext } from "sst/constructs";
import { corsPolicy } from "@slotbook/functions/http/cors";
import { edgeCachedPathPatterns } from "@slotbook/functions/http/route-spec";
import { routeList } from "@slotbook/functions/routes";
import { contentSecurityPolicy } from "../web/csp";
import { viewerRequestCode, viewerResponseCode } from "../web/edge-routing";
import { isProduction, localDevOrigin, statefulRemovalPolicy } from "./stage";

/**
 * Where the browser may send requests besides the site itself (which serves the API under /api): the hosted
 * UI's token endpoint. Its hostname comes from a later stack, so it is named by its AWS-owned domain in this
 * region: only Cognito hosted-UI hosts, never arbitrary sites.
 */
export const siteConnectSources = (region: string) => [`https://*.auth.${region}.amazoncognito.com`];

const isCorsMethod = (method: string): method is keyof typeof CorsHttpMethod => method in CorsHttpMethod;

/**
 * The one origin: a CloudFront distribution serving the site from its bucket and the API under /api from
 * the HTTP API. The bucket is empty here (the Web stack's StaticSite fills it) and so is the HTTP API (the
 * Api stack adds its routes, authorizer and stage).
 *
 * Why a stack of its own, first: Cognito's callback URLs and the functions' SITE_URL need the site's URL, the
 * distribution needs the API's address, and the API's authorizer needs the Cognito client. As stacks that
 * is a cycle; as resources it is not. So the distribution and the bare HTTP API (whose address is all the
 * distribution needs) come first, and everything that hangs off them comes later.
 *
 * Site routing (web/edge-routing.ts, one source with the app's router and the local servers): two CloudFront
 * Functions send app routes to index.html, `/e/<slug>` to the slug's pre-rendered share page when the
 * KeyValueStore of published slugs (written by the share-page publisher, Web stack) has it, and anything
 * else to the 404 page, answered with status 404. /api/* is other behaviours and never meets them.
 *
 * Caching: public GET routes declared `edgeCache` in the route table are cached on path and query only,
 * for as long as their answers' `s-maxage` says; every other /api path is never cached and gets every
 * viewer header but Host (API Gateway routes on its own host), the bearer token included.
 */
export function Hosting({ app, stack }: StackContext) {
  const bucket = new Bucket(stack, "SiteBucket", {
    blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
    encryption: BucketEncryption.S3_MANAGED,
    enforceSSL: true,
    removalPolicy: statefulRemovalPolicy(app),
    autoDeleteObjects: !isProduction(app),
  });

  // CORS only for other clients (the site calls /api on its own origin): the dev server off prod.
  const cors = corsPolicy(isProduction(app) ? [] : [localDevOrigin]);
  const httpApi = new HttpApi(stack, "HttpApi", {
    apiName: app.logicalPrefixedName("api"),
    description: `${app.name} ${app.stage} API (routes, authorizer and stage: the Api stack)`,
    createDefaultStage: false,
    ...(cors.allowOrigins.length > 0
      ? {
          corsPreflight: {
            allowOrigins: cors.allowOrigins,
            allowMethods: cors.allowMethods.filter(isCorsMethod).map((method) => CorsHttpMethod[method]),
            allowHeaders: cors.allowHeaders,
            exposeHeaders: cors.exposeHeaders,
            maxAge: Duration.seconds(cors.maxAgeSeconds),
          },
        }
      : {}),
  });
  const apiOrigin = new HttpOrigin(`${httpApi.apiId}.execute-api.${stack.region}.${stack.urlSuffix}`, { protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY });

  const publicApiCache = new CachePolicy(stack, "PublicApiCache", {
    comment: `${app.name} ${app.stage}: public API reads, as long as their Cache-Control says, keyed on path and query`,
    minTtl: Duration.seconds(0),
    defaultTtl: Duration.seconds(0),
    maxTtl: Duration.minutes(5),
    queryStringBehavior: CacheQueryStringBehavior.all(),
    headerBehavior: CacheHeaderBehavior.none(),
    cookieBehavior: CacheCookieBehavior.none(),
    enableAcceptEncodingGzip: true,
    enableAcceptEncodingBrotli: true,
  });
  const cachedApi: BehaviorOptions = {
    origin: apiOrigin,
    viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
    allowedMethods: AllowedMethods.ALLOW_GET_HEAD_OPTIONS,
    cachePolicy: publicApiCache,
    compress: true,
  };
  const uncachedApi: BehaviorOptions = {
    origin: apiOrigin,
    viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
    allowedMethods: AllowedMethods.ALLOW_ALL,
    // With caching off, an origin request policy may forward Authorization (it is never part of a cache key).
    cachePolicy: CachePolicy.CACHING_DISABLED,
    originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
    compress: true,
  };

  // The strict CSP (no inline script or style; see web/csp.ts) plus the usual hardening headers.
  const securityHeaders = new ResponseHeadersPolicy(stack, "SiteSecurityHeaders", {
    comment: `${app.name} ${app.stage} web app: CSP and security headers`,
    securityHeadersBehavior: {
      contentSecurityPolicy: { contentSecurityPolicy: contentSecurityPolicy(siteConnectSources(stack.region)), override: true },
      contentTypeOptions: { override: true },
      frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
      referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
      strictTransportSecurity: { accessControlMaxAge: Duration.days(730), includeSubdomains: true, preload: true, override: true },
    },
  });

  // One key per published slug: the edge's answer to "does /e/<slug> have a page?".
  const sharePages = new KeyValueStore(stack, "SharePages", { comment: `${app.name} ${app.stage}: slugs with a share page` });
  const siteRouting = new EdgeFunction(stack, "SiteRouting", {
    code: FunctionCode.fromInline(viewerRequestCode()),
    runtime: FunctionRuntime.JS_2_0,
    keyValueStore: sharePages,
    comment: "Share pages, app routes (index.html), files, else the 404 page",
  });
  const siteStatus = new EdgeFunction(stack, "SiteStatus", {
    code: FunctionCode.fromInline(viewerResponseCode()),
    runtime: FunctionRuntime.JS_2_0,
    keyValueStore: sharePages,
    comment: "The 404 page (and S3's 403 for a missing object) answer 404",
  });

  const distribution = new Distribution(stack, "SiteDistribution", {
    comment: `${app.name} ${app.stage} web app`,
    defaultRootObject: "index.html",
    defaultBehavior: {
      origin: S3BucketOrigin.withOriginAccessControl(bucket),
      viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      responseHeadersPolicy: securityHeaders,
      compress: true,
      // Not custom error responses: those would turn the API's own 403/404 answers into index.html too.
      functionAssociations: [
        { eventType: FunctionEventType.VIEWER_REQUEST, function: siteRouting },
        { eventType: FunctionEventType.VIEWER_RESPONSE, function: siteStatus },
      ],
    },
    // First match wins: the cached public reads, then everything else under /api.
    additionalBehaviors: {
      ...Object.fromEntries(edgeCachedPathPatterns(routeList).map((pattern) => [pattern, cachedApi])),
      "/api/*": uncachedApi,
    },
    httpVersion: HttpVersion.HTTP2_AND_3,
    minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
  });

  const siteUrl = `https://${distribution.distributionDomainName}`;
  stack.addOutputs({ SiteUrl: siteUrl });
  return { bucket, distribution, siteUrl, httpApi, sharePages };
}
