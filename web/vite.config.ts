import { defineConfig, loadEnv } from "vite";
import solid from "vite-plugin-solid";
import { contentSecurityPolicy, originOf } from "./csp.ts";

/**
 * The dev server (`npm start`) and `vite preview` (the browser tests) send the same strict CSP as
 * CloudFront, so a violation shows up locally first. Only the allowed API and Cognito origins differ.
 */
export default defineConfig(({ mode }) => {
  const env = { ...loadEnv(mode, process.cwd()), ...process.env };
  const headers = {
    "Content-Security-Policy": contentSecurityPolicy([...originOf(env.VITE_API_URL), ...originOf(env.VITE_COGNITO_URL)]),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
  };
  return {
    plugins: [solid()],
    build: { target: "es2022", sourcemap: true, manifest: true },
    server: { headers },
    preview: { headers },
  };
});
