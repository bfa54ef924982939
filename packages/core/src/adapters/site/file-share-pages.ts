import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { SharePageStore, SiteShell } from "../../pages/share-page-publisher";
import { sharePageKey } from "../../pages/share-page";

/**
 * The local cloud's share pages: files in a folder, at the same keys as in the site bucket, which the vite
 * dev and preview servers serve (web/share-pages.ts). A page's existence is the file's: the servers route
 * `/e/<slug>` by it, as CloudFront does by the KeyValueStore.
 */
export function fileSharePages(dir: string): SharePageStore {
  return {
    async put(slug, html) {
      const file = join(dir, sharePageKey(slug));
      await mkdir(dirname(file), { recursive: true });
      // Written beside and renamed over: a server never reads half a page.
      await writeFile(`${file}.tmp`, html);
      await rename(`${file}.tmp`, file);
    },
    remove: (slug) => rm(join(dir, sharePageKey(slug)), { force: true }),
  };
}

/** The shell as the local web server has it: web/index.html (dev) or the build's share-page shell (preview). */
export function fileSiteShell(file: string): SiteShell {
  return { read: () => readFile(file, "utf8") };
}
