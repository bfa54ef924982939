import { StaticSite, use, type StackContext, type StaticSiteProps } from "sst/constructs";
import { Hosting } from "./Hosting";
import { Auth } from "./Auth";

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
 */
export function Web({ stack }: StackContext) {
  const hosting = use(Hosting);
  const auth = use(Auth);

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
  });

  stack.addOutputs({ SiteUrl: hosting.siteUrl });
  return { site, siteUrl: hosting.siteUrl };
}
