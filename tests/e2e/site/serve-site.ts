/**
 * The system the browser tests drive, in a process of its own: the local cloud (emulators + local gateway,
 * seeded) and the web app as it ships — a production build of web/ served by `vite preview` with the same
 * CSP and the same routing as CloudFront (share pages the local publisher renders into that build's shell). A separate process because a local cloud configures its handlers through process.env,
 * which the API tests' local cloud (in the test runner's process) also uses.
 *
 * Prints one line `SLOTBOOK_SITE_READY <json>` when everything answers; SIGTERM stops it all.
 */
import { join } from "node:path";
import { build, preview, type PreviewServer } from "vite";
import { builtSiteDir, captureHandlerLogs, repoRoot, startThrowawayCloud, type LocalCloud } from "@slotbook/local";
import { demoAdmin } from "@slotbook/local/seed";
import type { SiteInfo } from "./site-info";
import { localCloudInfo } from "../../support/local-cloud-setup";

const webDir = join(repoRoot, "web");
let cloud: LocalCloud | undefined;
let server: PreviewServer | undefined;
let dispose: (() => Promise<void>) | undefined;

async function stop(code: number) {
  await server?.close().catch(() => {});
  await dispose?.().catch(() => {});
  process.exit(code);
}
process.on("SIGTERM", () => void stop(0));
process.on("SIGINT", () => void stop(0));

try {
  let apiLogFile = "";
  // Share pages are rendered into the production build's shell, built below (until then the publisher retries).
  const started = await startThrowawayCloud({ seed: true, siteShell: "build", beforeStart: (dir) => (apiLogFile = captureHandlerLogs(join(dir, "api.log"))) });
  ({ cloud, dispose } = started);
  const { dataDir } = started;
  const webPort = Number(new URL(cloud.urls.site).port);

  // The same VITE_* settings the Web stack gives the build in AWS, pointing at this local cloud; /api is
  // proxied to the local gateway by vite preview, as CloudFront serves it on the site's own origin.
  Object.assign(process.env, {
    SLOTBOOK_API_PROXY: cloud.urls.api,
    VITE_USER_POOL_ID: cloud.userPoolId,
    VITE_USER_POOL_CLIENT_ID: cloud.userPoolClientId,
    VITE_COGNITO_URL: cloud.urls.cognito,
    VITE_REGION: "us-east-1",
    // vite preview serves /e/<slug> from the local publisher's pages, and the 404 page, as CloudFront does.
    SLOTBOOK_SHARE_PAGES_DIR: cloud.sharePagesDir,
  });
  const outDir = builtSiteDir(dataDir);
  const configFile = join(webDir, "vite.config.ts");
  await build({ root: webDir, configFile, logLevel: "warn", build: { outDir, emptyOutDir: true, sourcemap: false } });
  server = await preview({ root: webDir, configFile, logLevel: "warn", build: { outDir }, preview: { port: webPort, strictPort: true, host: "127.0.0.1" } });

  const info: SiteInfo = {
    siteUrl: cloud.urls.site,
    localCloud: localCloudInfo(cloud, apiLogFile),
    admin: { email: demoAdmin.email, password: demoAdmin.password },
  };
  console.log(`SLOTBOOK_SITE_READY ${JSON.stringify(info)}`);
} catch (error) {
  console.error(error);
  await stop(1);
}
