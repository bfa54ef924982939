import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

/** One built JavaScript file, and whether the public event page (`/e/:slug`) has to download it. */
export interface WebBundleFile {
  file: string;
  rawBytes: number;
  gzipBytes: number;
  publicRoute: boolean;
}

export interface WebBundleFigures {
  /** Gzipped JS a first visit to `/e/:slug` downloads: the entry, the route's lazy chunk, their static imports. */
  publicRouteGzipBytes: number;
  /** Gzipped JS of the whole build (every route, the admin area included). */
  totalGzipBytes: number;
  files: WebBundleFile[];
}

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
}

const webDir = fileURLToPath(new URL("../web/", import.meta.url));
/** The module behind `/e/:slug` (lazy-loaded by web/src/main.tsx). */
export const publicRouteModule = "src/pages/public/EventPage.tsx";

/**
 * Builds web/ into a temporary folder (or reads `distDir` if given) and follows vite's manifest: the chunks
 * the public route needs are the HTML entry, the route's own chunk, and everything they import statically,
 * transitively. Dynamic imports inside them (other pages, the admin area) are not counted: they only load
 * when someone goes there.
 */
export async function measureWebBundle(options: { distDir?: string } = {}): Promise<WebBundleFigures> {
  const distDir = options.distDir ?? (await buildToTemp());
  try {
    const manifest = JSON.parse(await readFile(join(distDir, ".vite", "manifest.json"), "utf8")) as Record<string, ManifestChunk>;
    const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry).map(([key]) => key);
    if (!manifest[publicRouteModule]) throw new Error(`${publicRouteModule} is not a chunk of its own in the build: is it still lazy-loaded?`);

    const needed = new Set<string>();
    const visit = (key: string) => {
      if (needed.has(key)) return;
      const chunk = manifest[key];
      if (!chunk) throw new Error(`The manifest has no chunk ${key}.`);
      needed.add(key);
      for (const imported of chunk.imports ?? []) visit(imported);
    };
    for (const key of [...entries, publicRouteModule]) visit(key);
    const publicFiles = new Set([...needed].map((key) => manifest[key]!.file));

    const jsFiles = [...new Set(Object.values(manifest).map((chunk) => chunk.file))].filter((file) => file.endsWith(".js"));
    const files: WebBundleFile[] = [];
    for (const file of jsFiles) {
      const content = await readFile(join(distDir, file));
      files.push({ file, rawBytes: content.length, gzipBytes: gzipSync(content).length, publicRoute: publicFiles.has(file) });
    }
    files.sort((a, b) => b.gzipBytes - a.gzipBytes);
    const sum = (list: WebBundleFile[]) => list.reduce((total, file) => total + file.gzipBytes, 0);
    return { publicRouteGzipBytes: sum(files.filter((file) => file.publicRoute)), totalGzipBytes: sum(files), files };
  } finally {
    if (!options.distDir) await rm(distDir, { recursive: true, force: true });
  }
}

/** A production build of web/ (its own vite config), into a throw-away folder. */
async function buildToTemp(): Promise<string> {
  const { build } = await import("vite");
  const outDir = await mkdtemp(join(tmpdir(), "slotbook-web-bundle-"));
  await build({ root: webDir, configFile: join(webDir, "vite.config.ts"), logLevel: "silent", build: { outDir, emptyOutDir: true } });
  return outDir;
}
