import { notFoundPageKey, sharePageKey } from "@slotbook/core/pages/share-page";
import { slugPattern } from "@slotbook/contract/patterns";
import { appPaths } from "@slotbook/contract/site-paths";

/**
 * How the site answers a path, in one piece of JavaScript that runs in three places: CloudFront's routing
 * functions (the code below, as the cloudfront-js-2.0 runtime takes it: stacks/Hosting.ts), the local dev and
 * preview servers (`createSiteRouter`, the same code evaluated in Node), and the tests (which run the
 * deployed function code itself). Hand-written because CloudFront Functions run a single small script with no
 * modules but their own `cloudfront` one; it is kept tiny and tested as CloudFront runs it.
 *
 *  - `/e/<slug>` with a page (the KeyValueStore has the slug) → that page (`/e/<slug>.html`);
 *  - an app route (appPaths) → `/index.html`;
 *  - a path whose last segment has a dot → the file itself (assets, robots.txt, favicon…);
 *  - anything else, an unknown slug included → `/404.html`, answered with status 404.
 * `/api/*` never reaches these functions: it is another cache behaviour (and another proxy locally).
 */

/** The route decision's code, with `pages` (a KeyValueStore handle: `exists(key)`) in scope. */
const routeSource = () => {
  const appRoutes = Object.values(appPaths)
    .filter((path) => path !== appPaths.event)
    .map((path) => `^${path.replace(/:[A-Za-z]+/g, "[^/]+")}/?$`.replace("^//?$", "^/$"));
  const sharePage = `^/e/(${slugPattern.source.replace(/^\^|\$$/g, "")})/?$`;
  const [pagePrefix, pageSuffix] = sharePageKey("SLUG").split("SLUG");
  return `var appRoutes = ${JSON.stringify(appRoutes)}.map(function (source) { return new RegExp(source); });
var sharePage = new RegExp(${JSON.stringify(sharePage)});
var notFound = { status: 404, uri: ${JSON.stringify(`/${notFoundPageKey}`)} };
async function route(uri) {
  if (uri === notFound.uri) return notFound;
  var share = sharePage.exec(uri);
  if (share) {
    var known = true;
    // Should the store fail, let S3 answer: a page that isn't there is a 403 there, turned into a 404.
    try { known = await pages.exists(share[1]); } catch (e) {}
    return known ? { status: 200, uri: ${JSON.stringify(`/${pagePrefix}`)} + share[1] + ${JSON.stringify(pageSuffix)} } : notFound;
  }
  if (uri.slice(uri.lastIndexOf("/") + 1).indexOf(".") !== -1) return { status: 200, uri: uri };
  for (var i = 0; i < appRoutes.length; i++) if (appRoutes[i].test(uri)) return { status: 200, uri: "/index.html" };
  return notFound;
}`;
};

/** CloudFront viewer-request: points the request at the object that answers it. */
export const viewerRequestCode = () => `import cf from "cloudfront";
var pages = cf.kvs();
${routeSource()}
async function handler(event) {
  var request = event.request;
  request.uri = (await route(request.uri)).uri;
  return request;
}`;

/**
 * CloudFront viewer-response: a 404 page is answered with status 404, and so is S3's 403 for an object that
 * isn't there. (It routes the request again rather than trusting which URI the response event carries.)
 */
export const viewerResponseCode = () => `import cf from "cloudfront";
var pages = cf.kvs();
${routeSource()}
async function handler(event) {
  var response = event.response;
  if ((await route(event.request.uri)).status === 404 || response.statusCode === 403) {
    response.statusCode = 404;
    response.statusDescription = "Not Found";
  }
  return response;
}`;

export interface SiteRoute {
  status: 200 | 404;
  /** The file that answers: `/index.html`, `/e/<slug>.html`, `/404.html`, or the path itself. */
  uri: string;
}

/**
 * The same routing in Node, for the local servers: `exists` says whether a slug has a page (locally: whether
 * its file is there). The source is evaluated as CloudFront would run it, minus the `cloudfront` import.
 */
export function createSiteRouter(exists: (slug: string) => boolean | Promise<boolean>): (uri: string) => Promise<SiteRoute> {
  // eslint-disable-next-line no-new-func -- the CloudFront function's own source, generated above
  return new Function("pages", `${routeSource()}\nreturn route;`)({ exists: async (slug: string) => exists(slug) }) as (uri: string) => Promise<SiteRoute>;
}
