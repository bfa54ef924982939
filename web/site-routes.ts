/**
 * What the SPA shows for a path that is none of the site's pages (the router's catch-all). The pages
 * themselves are the contract's `appPaths` (packages/contract/src/site-paths.ts), the one list the router
 * (src/main.tsx), CloudFront's routing (edge-routing.ts) and the local servers all route by.
 */
export const notFoundPath = "*404";
