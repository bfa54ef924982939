import type { PublicEventRecord } from "../events/event-store";
import { renderSharePage } from "./share-page";

/**
 * Where share pages go, the publisher's storage port. AWS: the site bucket plus the CloudFront KeyValueStore
 * that tells the edge which slugs have a page (adapters/site/s3-share-pages.ts); locally: a folder the dev and
 * preview servers serve (adapters/site/file-share-pages.ts).
 */
export interface SharePageStore {
  put(slug: string, html: string): Promise<void>;
  /** Removing a page that isn't there is not an error. */
  remove(slug: string): Promise<void>;
}

/** The built app's shell the pages are rendered in (it changes with each deploy of the site). */
export interface SiteShell {
  read(): Promise<string>;
}

/** A public page record (its location is shown when present; its questions are embedded for the app). */
export type PublishedPage = PublicEventRecord;

export interface SharePagePublisher {
  /** Renders the event's page and stores it (again, after a change). */
  publish(page: PublishedPage): Promise<void>;
  /** Takes the page down (the event was deleted). */
  remove(slug: string): Promise<void>;
}

export function createSharePagePublisher(deps: { pages: SharePageStore; shell: SiteShell; siteUrl: string }): SharePagePublisher {
  return {
    async publish(page) {
      const shell = await deps.shell.read();
      await deps.pages.put(page.slug, renderSharePage(page, { shell, siteUrl: deps.siteUrl }));
    },
    remove: (slug) => deps.pages.remove(slug),
  };
}

/**
 * Renders every published event's page again into the current shell (run after each deploy: the shell's
 * hashed scripts and stylesheet change, and a page keeps the ones it was rendered with). One page at a
 * time (the KeyValueStore takes writes one after another); a page that fails is counted, not thrown, so one
 * bad page never fails a deploy: it is rendered again at its event's next change or the next deploy.
 */
export async function republishAll(deps: { pages: SharePageStore; shell: SiteShell; siteUrl: string; published: () => Promise<PublishedPage[]> }): Promise<{ republished: number; failed: string[] }> {
  const html = await deps.shell.read();
  const publisher = createSharePagePublisher({ pages: deps.pages, shell: { read: async () => html }, siteUrl: deps.siteUrl });
  const failed: string[] = [];
  let republished = 0;
  for (const page of await deps.published()) {
    try {
      await publisher.publish(page);
      republished += 1;
    } catch {
      failed.push(page.slug);
    }
  }
  return { republished, failed };
}
