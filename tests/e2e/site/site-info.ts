import type { LocalCloudInfo } from "../../support/local-cloud-setup";

/** What the browser tests get from the running site: where it is, the cloud behind it, the demo admin. */
export interface SiteInfo {
  siteUrl: string;
  localCloud: LocalCloudInfo;
  admin: { email: string; password: string };
}

declare module "vitest" {
  export interface ProvidedContext {
    site: SiteInfo;
  }
}
