import { Duration } from "aws-cdk-lib";
import { BlockPublicAccess, Bucket, BucketEncryption } from "aws-cdk-lib/aws-s3";
import {
  Distribution,
  HttpVersion,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from "aws-cdk-lib/aws-cloudfront";
import { S3BucketOrigin } from "aws-cdk-lib/aws-cloudfront-origins";
import type { StackContext } from "sst/constructs";
import { isProduction, statefulRemovalPolicy } from "./stage";

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

  const distribution = new Distribution(stack, "SiteDistribution", {
    comment: `${app.name} ${app.stage} web app`,
    defaultRootObject: "index.html",
    defaultBehavior: {
      origin: S3BucketOrigin.withOriginAccessControl(bucket),
      viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      responseHeadersPolicy: ResponseHeadersPolicy.SECURITY_HEADERS,
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
