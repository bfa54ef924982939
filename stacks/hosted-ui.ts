import { appPaths } from "@slotbook/contract";
import type { App } from "sst/constructs";

export function oauthRedirects(origins: string[]): { callbackUrls: string[]; logoutUrls: string[] } {
  return {
    // The hosted UI sends the browser back to the SPA's callback page (as in `npm start`).
    callbackUrls: origins.map((origin) => `${origin}${appPaths.authCallback}`),
    logoutUrls: origins.flatMap((origin) => [`${origin}/`, `${origin}${appPaths.authCallback}`]),
  };
}

/**
 * `slotbook-pr-42`: the app and stage, in the characters Cognito allows, short enough to leave room for the
 * unique suffix within its 63-character limit. Cognito refuses prefixes containing "aws", "amazon" or
 * "cognito", so those words are dropped.
 */
export function hostedUiDomainPrefix(app: App): string {
  return `${app.name}-${app.stage}`
    .toLowerCase()
    .replace(/aws|amazon|cognito/g, "")
    .replace(/[^a-z0-9-]+/g, "-")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 50)
    .replace(/-$/, "");
}
