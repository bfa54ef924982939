import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "vite";
import { notFoundPageKey, sharePageShellKey } from "@slotbook/core/pages/share-page";
import { measureWebBundle, publicRouteModule, type WebBundleFigures } from "../../bench/web-bundle";

/**
 * The web app's production build, as the Web stack uploads it: what a first visit to a share page downloads,
 * and the two pages the build writes besides index.html (the publisher's shell and the 404 page).
 */
const webDir = new URL("../../web/", import.meta.url).pathname;
let outDir: string;
let figures: WebBundleFigures;

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), "slotbook-web-build-"));
  // A production build, as the deploy runs it (vitest's NODE_ENV=test would make it a development one).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await build({ root: webDir, configFile: join(webDir, "vite.config.ts"), logLevel: "silent", build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  figures = await measureWebBundle({ distDir: outDir });
});
afterAll(() => rm(outDir, { recursive: true, force: true }));

describe("the web build", () => {
  it("keeps the first download of /e/:slug within 20 KB of gzipped JavaScript", () => {
    const kb = figures.publicRouteGzipBytes / 1024;
    expect(kb, `first-load JS of /e/:slug: ${kb.toFixed(2)} KB (${figures.files.filter((f) => f.publicRoute).map((f) => f.file).join(", ")})`).toBeLessThanOrEqual(20);
  });

  it("writes the share-page shell, which preloads every chunk the event page needs, and the 404 page", async () => {
    const manifest = JSON.parse(await readFile(join(outDir, ".vite", "manifest.json"), "utf8")) as Record<string, { file: string }>;
    const shell = await readFile(join(outDir, sharePageShellKey), "utf8");
    for (const file of figures.files.filter((f) => f.publicRoute).map((f) => f.file)) expect(shell, file).toContain(`/${file}`);
    expect(shell).toContain(`<link rel="modulepreload" crossorigin href="/${manifest[publicRouteModule]!.file}">`);
    expect(shell).toContain('<div id="root"></div>');
    const notFound = await readFile(join(outDir, notFoundPageKey), "utf8");
    expect(notFound).toContain("<title>Page not found · Slotbook</title>");
    expect(notFound).toContain('<meta name="robots" content="noindex" />');
    expect(await readFile(join(outDir, "robots.txt"), "utf8")).toContain("Disallow: /api/");
  });
});
