import { defineConfig, loadEnv, type Plugin } from "vite";
import solid from "vite-plugin-solid";
import { contentSecurityPolicy, originOf } from "./csp.ts";
import { sharePages, sharePagesDirEnv } from "./share-pages.ts";
import { brandCss } from "./brand/brand.ts";
import { timeZones } from "./time-zones.ts";

/** Where the dev and preview servers send /api (the local gateway), as CloudFront does in AWS. */
export const apiProxyEnv = "SLOTBOOK_API_PROXY";

/**
 * The dev server (`npm start`) and `vite preview` (the browser tests) serve one origin as CloudFront does:
 * the site, and /api proxied to the local gateway. They send the same strict CSP as CloudFront, so a
 * violation shows up locally first. Only the allowed Cognito origin differs. Both also route pages as
 * CloudFront does: share pages from the local publisher's folder, a real 404 for unknown paths (share-pages.ts).
 */
const firstLoad = /node_modules[\\/](solid-js[\\/](dist|web)|@solidjs[\\/]router[\\/]dist[\\/](?!components\.jsx))|site-routes|contract[\\/]src[\\/](site-paths|api-path)|src[\\/](main|components[\\/](Layout|Loading|Async|ErrorNotice|PageHeading)|auth[\\/](session-state|sign-in-href)|api[\\/](http|errors|public-events)|lib[\\/]time|config|pages[\\/]public[\\/](SlotList|SlotTime|availability|embedded-event))/;

/**
 * vite wraps every lazy `import()` in a helper that first preloads the chunk's own imports (~0.6 KB gzipped
 * in every first download). With module preloading off there is nothing for it to preload, so it becomes
 * the bare `import()` it wraps. (The share page preloads what it needs itself: share-pages.ts.)
 */
function plainDynamicImports(): Plugin {
  return {
    name: "slotbook-plain-dynamic-imports",
    enforce: "pre",
    apply: "build",
    load: (id) => (id === "\0vite/preload-helper.js" ? "export const __vitePreload = (load) => load();" : undefined),
  };
}

/** The brand's colours (web/brand/brand.ts, shared with the sign-in pages) at the top of the stylesheet. */
function brandColours(): Plugin {
  return {
    name: "slotbook-brand-colours",
    enforce: "pre",
    transform: (code, id) => (id.replace(/\?.*$/, "").endsWith("/src/styles.css") ? brandCss() + code : undefined),
  };
}

export default defineConfig(({ mode }) => {
  const env = { ...loadEnv(mode, process.cwd()), ...process.env };
  const headers = {
    "Content-Security-Policy": contentSecurityPolicy([...originOf(env.VITE_API_URL), ...originOf(env.VITE_COGNITO_URL)]),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
  };
  const target = env[apiProxyEnv];
  // The gateway's answers pass through as they are: status, body and headers (Cache-Control included).
  const proxy = target ? { "/api": { target, changeOrigin: false, xfwd: true } } : undefined;
  return {
    plugins: [brandColours(), timeZones(), solid(), sharePages({ pagesDir: env[sharePagesDirEnv], headers }), plainDynamicImports()],
    build: {
      target: "es2022",
      sourcemap: true,
      manifest: true,
      // No preload helper in every lazy import: the share page lists its chunks itself (share-pages.ts).
      modulePreload: false,
      // Chunks are named by hash alone: the entry lists every page's chunk, and names cost bytes there
      // (the manifest and the source maps still say which is which). Constants are inlined where they are
      // used, so a page carries the contract's API paths it calls and no other.
      rolldownOptions: { optimization: { inlineConst: { mode: "all" } }, output: { chunkFileNames: "assets/[hash].js", codeSplitting: { groups: [{ name: "app", test: firstLoad }] } } },
    },
    server: { headers, proxy },
    preview: { headers, proxy },
  };
});
