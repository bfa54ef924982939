import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import type { Plugin } from "vite";
import { notFoundPageKey, renderNotFoundPage, sharePageCacheControl, sharePageKey, sharePageShellKey } from "@slotbook/core/pages/share-page";
import { createSiteRouter } from "./edge-routing";

/** The folder the local cloud's share-page publisher writes `e/<slug>.html` into (packages/local/src/cloud.ts). */
export const sharePagesDirEnv = "SLOTBOOK_SHARE_PAGES_DIR";

/** The module of the event page, whose scripts the share pages preload. */
const eventPageModule = "/src/pages/public/EventPage.tsx";

/** The site shell the share-page publisher renders into: index.html plus preloads of the event page's own chunks. */
export function sharePageShell(indexHtml: string, preloads: readonly string[]): string {
  const missing = preloads.filter((file) => !indexHtml.includes(`"/${file}"`));
  const links = missing.map((file) => `\n    <link rel="modulepreload" crossorigin href="/${file}">`).join("");
  return indexHtml.replace(/\s*<\/head>/, () => `${links}\n  </head>`);
}

/**
 * Share pages and the 404 page, in the build and on vite's servers, as CloudFront has them in AWS:
 *  - build: writes `404.html` (the 404 page, rendered by the core's renderer into this build's index.html)
 *    and `share-page-shell.html` (what the publisher renders event pages into: index.html and preloads of the
 *    event page's chunks, so a share page fetches all its scripts at once) beside index.html;
 *  - dev (`npm start`) and preview (the browser tests): routes every request with the same code as CloudFront's
 *    functions (edge-routing.ts): `/e/<slug>` is the publisher's file if there is one, app routes and files go
 *    on to vite, anything else gets the 404 page with status 404. /api goes on to the proxy untouched.
 */
export function sharePages(options: { pagesDir?: string; headers: Record<string, string> }): Plugin {
  let root = "";
  let outDir = "";
  const route = createSiteRouter((slug) => Boolean(options.pagesDir) && existsSync(join(options.pagesDir!, sharePageKey(slug))));

  /** One request: answered here (a share page or the 404 page), or passed on. */
  const middleware =
    (page: (file: "share" | "404", path: string, url: string) => Promise<string>) =>
    async (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => {
      try {
        if (req.method !== "GET" && req.method !== "HEAD") return next();
        const url = req.url ?? "/";
        const path = new URL(url, "http://site").pathname;
        // The API (proxied) and, in dev, vite's own modules and sources: not site routes.
        if (path === "/api" || path.startsWith("/api/") || /^\/(@|__|src\/|node_modules\/)/.test(path)) return next();
        const decision = await route(path);
        if (decision.status === 200 && (decision.uri === path || decision.uri === "/index.html")) return next();
        const html = await page(decision.status === 404 ? "404" : "share", decision.uri, url);
        res.statusCode = decision.status;
        for (const [name, value] of Object.entries(options.headers)) res.setHeader(name, value);
        res.setHeader("Content-Type", "text/html; charset=utf-8");
        res.setHeader("Cache-Control", decision.status === 404 ? "no-cache" : sharePageCacheControl);
        res.setHeader("Vary", "Accept-Encoding");
        // Compressed as CloudFront compresses it (vite's own compression comes after this middleware).
        const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
        if (gzip) res.setHeader("Content-Encoding", "gzip");
        res.end(req.method === "HEAD" ? undefined : gzip ? gzipSync(html) : html);
      } catch (error) {
        next(error);
      }
    };

  return {
    name: "slotbook-share-pages",
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
    },
    writeBundle: {
      order: "post",
      async handler(output, bundle) {
        const dir = output.dir ?? outDir;
        const indexHtml = await readFile(join(dir, "index.html"), "utf8");
        const chunks = Object.values(bundle).filter((item) => item.type === "chunk");
        const eventPage = chunks.find((chunk) => chunk.facadeModuleId === join(root, eventPageModule));
        if (!eventPage) throw new Error(`${eventPageModule} is not a chunk of its own: share pages could not preload it.`);
        const preloads = new Set<string>();
        const visit = (file: string) => {
          if (preloads.has(file)) return;
          preloads.add(file);
          for (const imported of chunks.find((chunk) => chunk.fileName === file)?.imports ?? []) visit(imported);
        };
        visit(eventPage.fileName);
        await writeFile(join(dir, sharePageShellKey), sharePageShell(indexHtml, [...preloads]));
        await writeFile(join(dir, notFoundPageKey), renderNotFoundPage(indexHtml));
      },
    },
    configureServer(server) {
      server.middlewares.use(
        middleware(async (file, path, url) => {
          const html = file === "404" ? renderNotFoundPage(await readFile(join(root, "index.html"), "utf8")) : await readFile(join(options.pagesDir!, path), "utf8");
          // vite's client and module rewriting, as for index.html itself.
          return server.transformIndexHtml(url, html);
        }),
      );
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware(async (file, path) => readFile(file === "404" ? join(outDir, notFoundPageKey) : join(options.pagesDir!, path), "utf8")));
    },
  };
}
