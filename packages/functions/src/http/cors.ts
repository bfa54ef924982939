/**
 * CORS for the API, one policy for API Gateway (stacks/Api.ts) and the local gateway: only the site's
 * origin may call it from a browser.
 */
export const corsPolicy = (siteOrigins: string[]) => ({
  allowOrigins: siteOrigins,
  allowMethods: ["GET", "POST", "PUT", "DELETE", "OPTIONS"],
  allowHeaders: ["authorization", "content-type", "idempotency-key"],
  exposeHeaders: ["x-request-id", "retry-after"],
  maxAgeSeconds: 600,
});

export type CorsPolicy = ReturnType<typeof corsPolicy>;
