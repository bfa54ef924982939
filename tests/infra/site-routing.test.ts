import { describe, expect, it } from "vitest";
import { appPaths, slugPattern, slugSchema } from "@slotbook/contract";
import { createSiteRouter, viewerRequestCode, viewerResponseCode } from "../../web/edge-routing";
import { runAsCloudFront } from "./cloudfront-sandbox";

/** The site's routing as CloudFront runs it, and the same rules in Node for the local servers. */

const published = new Set(["jazz-night-ab12cd"]);
const request = (code: string, uri: string, store = published) => runAsCloudFront(code, store)({ request: { uri, method: "GET", headers: {} } }).then((r) => r.uri as string);
const respond = (code: string, uri: string, statusCode = 200, store = published) =>
  runAsCloudFront(code, store)({ request: { uri, method: "GET", headers: {} }, response: { statusCode, statusDescription: "OK", headers: {} } }).then((r) => r.statusCode as number);

describe("CloudFront's viewer-request routing", () => {
  const code = viewerRequestCode();

  it("serves a published event's page from its pre-rendered object", async () => {
    expect(await request(code, "/e/jazz-night-ab12cd")).toBe("/e/jazz-night-ab12cd.html");
    expect(await request(code, "/e/jazz-night-ab12cd/")).toBe("/e/jazz-night-ab12cd.html");
  });

  it("answers an unknown or malformed slug, and any path that is no page or file, with the 404 page", async () => {
    for (const uri of ["/e/no-such-event", "/e/UPPER", "/e/a%2Fb", "/e/", "/e/x/y", "/nope", "/admin/events", "/me", "/admin/events/1/2", "/index"]) {
      expect(await request(code, uri), uri).toBe("/404.html");
    }
  });

  it("sends every app route to the app (index.html), with or without a trailing slash", async () => {
    const examples = Object.values(appPaths)
      .filter((path) => path !== appPaths.event)
      .map((path) => path.replace(/:[A-Za-z]+/g, "abc123"));
    expect(examples).toEqual(expect.arrayContaining(["/", "/signin", "/me/bookings", "/admin", "/admin/events/new", "/admin/events/abc123"]));
    for (const uri of [...examples, "/admin/", "/me/bookings/"]) expect(await request(code, uri), uri).toBe("/index.html");
  });

  it("knows exactly the app's pages: the router (web/src/main.tsx) routes the list's paths and writes none of its own", async () => {
    const { readFile } = await import("node:fs/promises");
    const main = await readFile(new URL("../../web/src/main.tsx", import.meta.url), "utf8");
    // Its table is built from the list (a page for every path is a type of main.tsx's), plus the catch-all.
    expect(main).toMatch(/\.\.\.Object\.entries\(appPaths\)\.map\(/);
    expect(main).toMatch(/\{ path: notFoundPath, component: NotFoundPage \}/);
    expect(main, "a route path written out in main.tsx would be unknown to CloudFront (a 404)").not.toMatch(/path(:|=)\s*["'`]/);
  });

  it("leaves files alone: assets, robots.txt, the favicon, a page object asked for by name", async () => {
    for (const uri of ["/assets/index-AbC123.js", "/robots.txt", "/favicon.svg", "/e/jazz-night-ab12cd.html", "/index.html"]) {
      expect(await request(code, uri), uri).toBe(uri);
    }
  });

  it("lets S3 answer when the KeyValueStore can't (a missing page is then S3's 403, made a 404 on the way out)", async () => {
    const handler = runAsCloudFront(code, published, { failingStore: true });
    expect((await handler({ request: { uri: "/e/anything", method: "GET", headers: {} } })).uri).toBe("/e/anything.html");
  });
});

describe("CloudFront's viewer-response status", () => {
  const code = viewerResponseCode();

  it("is 404 for the 404 page and unknown paths, whichever URI (the viewer's or the rewritten one) the event carries", async () => {
    for (const uri of ["/404.html", "/nope", "/e/no-such-event"]) expect(await respond(code, uri), uri).toBe(404);
  });

  it("keeps the origin's status for pages, app routes and files", async () => {
    for (const uri of ["/e/jazz-night-ab12cd", "/e/jazz-night-ab12cd.html", "/", "/index.html", "/admin/events/abc", "/assets/a.js"]) expect(await respond(code, uri), uri).toBe(200);
    expect(await respond(code, "/assets/a.js", 304)).toBe(304);
  });

  it("turns S3's 403 for an object that isn't there into a 404", async () => {
    expect(await respond(code, "/assets/gone.js", 403)).toBe(404);
  });
});

describe("the same rules in Node (the local dev and preview servers)", () => {
  it("decide every path as the CloudFront function does", async () => {
    const route = createSiteRouter((slug) => published.has(slug));
    const code = viewerRequestCode();
    for (const uri of ["/", "/e/jazz-night-ab12cd", "/e/unknown", "/admin/events/x", "/robots.txt", "/nope", "/404.html"]) {
      expect((await route(uri)).uri, uri).toBe(await request(code, uri));
    }
    expect(await route("/e/unknown")).toEqual({ status: 404, uri: "/404.html" });
  });

  it("know a slug exactly as the API does", () => {
    for (const slug of ["jazz-night-ab12cd", "a", "UPPER", "with space", "x".repeat(120), "x".repeat(121), "ümlaut", ""]) {
      expect(slugPattern.test(slug), slug).toBe(slugSchema.safeParse(slug).success);
    }
  });
});

describe("robots.txt", () => {
  it("lets crawlers read event pages and keeps them out of the API, accounts and the organisers' area", async () => {
    const { readFile } = await import("node:fs/promises");
    const robots = await readFile(new URL("../../web/public/robots.txt", import.meta.url), "utf8");
    const rules = robots.split("\n").filter((line) => line && !line.startsWith("#"));
    expect(rules).toEqual(expect.arrayContaining(["User-agent: *", "Allow: /e/", "Disallow: /api/", "Disallow: /me/", "Disallow: /admin/"]));
    expect(rules).not.toContain("Disallow: /");
    // Served as the file it is, at the edge and locally.
    expect(await request(viewerRequestCode(), "/robots.txt")).toBe("/robots.txt");
  });
});
