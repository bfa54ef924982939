import { fileSharePages, fileSiteShell } from "@slotbook/core/adapters/site/file-share-pages";
import { s3SharePages, s3SiteShell } from "@slotbook/core/adapters/site/s3-share-pages";
import { config, setting } from "@slotbook/core/config";
import type { SharePageStore, SiteShell } from "@slotbook/core/pages/share-page-publisher";

let adapters: { pages: SharePageStore; shell: SiteShell; siteUrl: string } | undefined;
/**
 * The storage port's adapter by configuration: the local cloud names a folder (and the shell file it serves),
 * a stage names its site bucket and KeyValueStore. The publisher itself is the same either way.
 */
export function sharePageAdapters() {
  if (adapters) return adapters;
  const { sharePagesDir } = config();
  if (sharePagesDir) {
    adapters = { pages: fileSharePages(sharePagesDir), shell: fileSiteShell(setting("siteShellFile")), siteUrl: setting("siteUrl") };
  } else {
    const site = { region: config().region, bucket: setting("siteBucket"), kvsArn: setting("sharePagesKvsArn") };
    adapters = { pages: s3SharePages(site), shell: s3SiteShell(site), siteUrl: setting("siteUrl") };
  }
  return adapters;
}
