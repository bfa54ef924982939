/**
 * The site's Content-Security-Policy, in one place for both servers that send it: CloudFront's
 * response-headers policy (stacks/Hosting.ts) and vite's dev and preview servers (vite.config.ts).
 *
 * No inline script and no inline style anywhere: the app's CSS is a linked file (index.html), and the
 * components never use `style` attributes. The only cross-origin calls are the API and Cognito's token
 * endpoint, so those are the only extra `connect-src` entries.
 */
export function contentSecurityPolicy(connectSources: readonly string[]): string {
  const directives: Record<string, readonly string[]> = {
    "default-src": ["'none'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'"],
    "font-src": ["'self'"],
    "manifest-src": ["'self'"],
    "connect-src": ["'self'", ...connectSources],
    "base-uri": ["'none'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
    "object-src": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}

/** The origin of a URL given to the dev server (`http://localhost:3000/` → `http://localhost:3000`), or none. */
export function originOf(url: string | undefined): string[] {
  if (!url) return [];
  try {
    return [new URL(url).origin];
  } catch {
    return [];
  }
}
