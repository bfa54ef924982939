import { defineConfig, loadEnv } from "vite";
import solid from "vite-plugin-solid";
import { contentSecurityPolicy, originOf } from "./csp.ts";

/** Where the dev and preview servers send /api (the local gateway), as CloudFront does in AWS. */
export const apiProxyEnv = "SLOTBOOK_API_PROXY";

/**
 * The dev server (`npm start`) and `vite preview` (the browser tests) serve one origin as CloudFront does:
 * the site, and /api proxied to the local gateway. They send the same strict CSP as CloudFront, so a
 * violation shows up locally first. Only the allowed Cognito origin differs.
 */
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
    plugins: [solid()],
    build: { target: "es2022", sourcemap: true, manifest: true },
    server: { headers, proxy },
    preview: { headers, proxy },
  };
});
