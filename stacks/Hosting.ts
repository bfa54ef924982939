import { Duration } from "aws-cdk-lib";
import { BlockPublicAccess, Bucket, BucketEncryption } from "aws-cdk-lib/aws-s3";
import {
  Distribution,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from "aws-cdk-lib/aws-cloudfront";
import { S3BucketOrigin } from "aws-cdk-lib/aws-cloudfront-origins";
import type { StackContext } from "sst/constructs";
import { contentSecurityPolicy } from "../web/csp";
import { isProduction, statefulRemovalPolicy } from "./stage";

/**
 * Where the browser may send requests besides the site itself: the HTTP API and the hosted UI's token
 * endpoint. Their exact hostnames come from later stacks (see below), so they are named by their AWS-owned
 * domains in this region: only API Gateway and Cognito hosted-UI hosts, never arbitrary sites.
 */
export const siteConnectSources = (region: string) => [`https://*.execute-api.${region}.amazonaws.com`, `https://*.auth.${region}.amazoncognito.com`];

/**
 * The site's bucket and CloudFront distribution, empty here: the Web stack's StaticSite fills them.
 *
 * Why a stack of its own, before Auth: Cognito's callback URLs, the API's CORS origin and the functions'
 * SITE_URL all need the site's URL, while the site's build needs the API URL and the Cognito ids. With the
 * distribution inside the Web stack, that is a cycle between stacks. Creating the distribution first gives
 * everyone its (random) CloudFront domain, and the upload comes last.
 */
export function Hosting({ app, stack }: StackContext) {
  const bucket = new Bucket(stack, "SiteBucket", {
    blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
    encryption: BucketEncryption.S3_MANAGED,
    enforceSSL: true,
    removalPolicy: statefulRemovalPolicy(app),
    autoDeleteObjects: !isProduction(app),
  });

  // A single-page app: unknown paths are the app's own routes, so S3's 403/404 become index.html.
  const spaFallback = [403, 404].map((httpStatus) => ({
    httpStatus,
    responseHttpStatus: 200,
    responsePagePath: "/index.html",
    ttl: Duration.seconds(0),
  }));

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

  const distribution = new Distribution(stack, "SiteDistribution", {
    comment: `${app.name} ${app.stage} web app`,
    defaultRootObject: "index.html",
    defaultBehavior: {
      origin: S3BucketOrigin.withOriginAccessControl(bucket),
      viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      responseHeadersPolicy: securityHeaders,
      compress: true,
    },
    errorResponses: spaFallback,
    httpVersion: HttpVersion.HTTP2_AND_3,
    minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
  });

  const siteUrl = `https://${distribution.distributionDomainName}`;
  stack.addOutputs({ SiteUrl: siteUrl });
  return { bucket, distribution, siteUrl };
}
