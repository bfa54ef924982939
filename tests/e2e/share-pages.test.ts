import { parse, type DefaultTreeAdapterMap } from "parse5";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { request } from "../support/http";
import { expectAccessible, expectNoProblems, launchBrowser, newVisitor, phone } from "../support/browser";
import { bookThroughApi, newUser, publishedEvent, type PublishedEvent } from "./fixtures";

/**
 * Share pages on the local site (vite preview of a production build, as CloudFront serves it): the local
 * publisher renders /e/<slug> from the table's stream when an event is published or changed and removes it
 * when the event is deleted; the page reads without JavaScript, and with it the app takes over and fetches
 * only live availability.
 */
type Element = DefaultTreeAdapterMap["element"];
type Node = DefaultTreeAdapterMap["node"];
const all = (node: Node, test: (element: Element) => boolean, found: Element[] = []): Element[] => {
  if ("tagName" in node && test(node)) found.push(node);
  for (const child of ("childNodes" in node ? node.childNodes : []) as Node[]) all(child, test, found);
  return found;
};
const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;
const text = (node: Node): string => (node.nodeName === "#text" ? (node as DefaultTreeAdapterMap["textNode"]).value : "childNodes" in node ? (node.childNodes as Node[]).map(text).join("") : "");

const site = () => inject("site").siteUrl;
/** The page as a crawler or a link preview gets it: one GET, no JavaScript. */
const fetchPage = async (path: string) => {
  const response = await fetch(`${site()}${path}`);
  return { status: response.status, type: response.headers.get("content-type"), html: await response.text() };
};

let browser: Browser;
let event: PublishedEvent;
const title = `Share night <b>& "friends"</b> ${Date.now()}`;

beforeAll(async () => {
  browser = await launchBrowser();
  // With a per-fan limit: the page's on-sale notes (loaded after it shows) must not move anything either; with a
  // location, whose line (the address a map link) the app must write exactly as the page does.
  event = await publishedEvent(
    title,
    [
      { startTime: "09:00", endTime: "09:30", capacity: 3 },
      { startTime: "09:30", endTime: "10:00", capacity: 1 },
    ],
    10,
    { maxBookingsPerFan: 2, location: { name: "Blue Room", address: "Main St 1, Berlin", url: "https://meet.example/share-night" } },
  );
  // The publisher runs on the stream: the page appears a moment after the publish.
  const deadline = Date.now() + 20_000;
  while ((await fetchPage(`/e/${event.slug}`)).status !== 200) {
    if (Date.now() > deadline) throw new Error(`/e/${event.slug} did not appear within 20 s of publishing.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
});
afterAll(() => browser?.close());

describe("a published event's share page", () => {
  it("is HTML with the event before any script runs: title, description, date, zone and slot times, Open Graph, JSON-LD", async () => {
    const page = await fetchPage(`/e/${event.slug}`);
    expect(page.type).toBe("text/html; charset=utf-8");
    const doc = parse(page.html);
    // User text arrives as text: the title's markup is escaped in the raw HTML.
    expect(page.html).toContain(`<h1 tabindex="-1">Share night &lt;b&gt;&amp; &quot;friends&quot;&lt;/b&gt; `);
    expect(all(doc, (e) => e.tagName === "h1").map(text)).toEqual([title]);
    expect(all(doc, (e) => e.tagName === "title").map(text)).toEqual([`${title} · Slotbook`]);
    expect(all(doc, (e) => attr(e, "class") === "description").map(text)).toEqual(["A test event.\nBring <b>nothing</b> but yourself."]);
    expect(all(doc, (e) => e.tagName === "time").map(text)).toEqual(["09:00–09:30", "09:30–10:00"]);
    expect(all(doc, (e) => attr(e, "class") === "zone-note").map(text)).toEqual([expect.stringMatching(/^Times are in the event's time zone, Europe\/Berlin \(/)]);
    expect(all(doc, (e) => e.tagName === "h3").map(text)).toEqual([expect.stringMatching(/\d{4}$/)]);
    const og = (property: string) => all(doc, (e) => attr(e, "property") === property).map((e) => attr(e, "content"));
    expect(og("og:title")).toEqual([title]);
    expect(og("og:url")).toEqual([`${site()}/e/${event.slug}`]);
    // A browser without JavaScript is told why the Book buttons do nothing.
    expect(all(doc, (e) => e.tagName === "noscript").map(text)).toEqual([expect.stringContaining("Booking needs JavaScript")]);
    const [ld] = all(doc, (e) => attr(e, "type") === "application/ld+json");
    expect(JSON.parse(text(ld!))).toMatchObject({ "@type": "Event", name: title, url: `${site()}/e/${event.slug}`, startDate: expect.stringMatching(/^\d{4}-\d\d-\d\dT0[78]:00:00\.000Z$/) });
  });

  it("is rendered again when the event changes, and is gone (a real 404) when the event is deleted", async () => {
    const renamed = `Renamed share night ${Date.now()}`;
    const updated = await request("PUT", `/api/events/${event.id}`, { token: event.adminToken, body: { title: renamed } });
    expect(updated.status, JSON.stringify(updated.body)).toBe(200);
    await expect.poll(async () => (await fetchPage(`/e/${event.slug}`)).html, { timeout: 20_000 }).toContain(`<h1 tabindex="-1">${renamed}</h1>`);

    // A second event, deleted: its page goes, and the address answers 404 with the site's 404 page.
    const doomed = await publishedEvent(`Doomed ${Date.now()}`, [{ startTime: "11:00", endTime: "11:30", capacity: 1 }]);
    await expect.poll(async () => (await fetchPage(`/e/${doomed.slug}`)).status, { timeout: 20_000 }).toBe(200);
    expect((await request("DELETE", `/api/events/${doomed.id}`, { token: doomed.adminToken })).status).toBe(204);
    await expect.poll(async () => (await fetchPage(`/e/${doomed.slug}`)).status, { timeout: 20_000 }).toBe(404);
    const gone = await fetchPage(`/e/${doomed.slug}`);
    expect(gone.type).toBe("text/html; charset=utf-8");
    expect(all(parse(gone.html), (e) => e.tagName === "h1").map(text)).toEqual(["Page not found"]);
    expect(gone.html).not.toContain(doomed.title);
  });
});

describe("the site's routing (as CloudFront's functions route it)", () => {
  it("answers unknown paths and slugs with a 404 page, serves app routes and robots.txt, and leaves the API's answers alone", async () => {
    for (const path of ["/e/no-such-event", "/nowhere", "/admin/nothing/here"]) {
      const page = await fetchPage(path);
      expect(page.status, path).toBe(404);
      expect(page.html, path).toContain("<h1 tabindex=\"-1\">Page not found</h1>");
      expect(page.html, path).toContain('<meta name="robots" content="noindex" />');
    }
    for (const path of ["/", "/signin", "/me/bookings", "/admin", "/admin/events/abc"]) expect((await fetchPage(path)).status, path).toBe(200);
    const robots = await fetchPage("/robots.txt");
    expect(robots.status).toBe(200);
    expect(robots.html).toContain("Disallow: /api/");
    // The API's own 404 is its JSON error, not the site's page.
    const api = await fetch(`${site()}/api/events/public/no-such-event`);
    expect(api.status).toBe(404);
    expect(await api.json()).toMatchObject({ error: { code: "NOT_FOUND" } });
  });
});

describe("in a browser", () => {
  it("shows the event with JavaScript off", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: phone, timezoneId: "America/New_York", locale: "en-GB" });
    const page = await context.newPage();
    await page.goto(`${site()}/e/${event.slug}`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toMatch(/^Renamed share night/);
    await page.getByText("Bring <b>nothing</b> but yourself.").waitFor();
    // Without the app, times are the event's own (09:00 in Berlin), and the zone is said.
    expect(await page.locator(".slot time").allTextContents()).toEqual(["09:00–09:30", "09:30–10:00"]);
    await page.getByText(/Times are in the event's time zone, Europe\/Berlin/).waitFor();
    await context.close();
  });

  it("is taken over by the app, which fetches only live availability, moves nothing, and books from it", async () => {
    const fan = await newUser("fan");
    await bookThroughApi(fan.accessToken, event.slots[0]!.id);
    const visitor = await newVisitor(browser);
    const { page } = visitor;
    const apiCalls: string[] = [];
    page.on("request", (sent) => {
      const url = new URL(sent.url());
      if (url.pathname.startsWith("/api/")) apiCalls.push(`${sent.method()} ${url.pathname}`);
    });
    // Browser-side code as a string: this file is type-checked for Node, without the DOM's types.
    await page.addInitScript(`
      const shifts = [];
      window.layoutShifts = shifts;
      new PerformanceObserver((list) => { for (const entry of list.getEntries()) if (!entry.hadRecentInput) shifts.push(entry.value); }).observe({ type: "layout-shift", buffered: true });
      const paints = { contentful: [], largest: [] };
      window.paints = paints;
      new PerformanceObserver((list) => { for (const entry of list.getEntriesByName("first-contentful-paint")) paints.contentful.push(entry.startTime); }).observe({ type: "paint", buffered: true });
      new PerformanceObserver((list) => { for (const entry of list.getEntries()) paints.largest.push(entry.startTime); }).observe({ type: "largest-contentful-paint", buffered: true });
    `);
    await page.goto(`${site()}/e/${event.slug}`);
    // The app's own rendering: times in the viewer's zone (New York) with the event's beside them, live counts.
    await expect.poll(() => page.locator(".slot").first().locator(".availability").textContent()).toBe("2 left");
    await page.getByText("(09:00–09:30 event time)").waitFor();
    await page.getByText(/Times are in your time zone, America\/New York .*The event's time zone is Europe\/Berlin/).waitFor();
    expect(apiCalls.filter((call) => call.startsWith("GET /api/events/public/"))).toEqual([`GET /api/events/public/${event.slug}/slots`]);
    await page.getByText("You can book up to 2 slots of this event.").waitFor();
    expect(await page.locator(".location").textContent()).toBe("Where: Blue Room, Main St 1, Berlin · https://meet.example/share-night");
    expect(await page.locator(".location a").evaluateAll((links) => links.map((link) => link.getAttribute("href")))).toEqual([
      "https://www.openstreetmap.org/search?query=Main%20St%201%2C%20Berlin",
      "https://meet.example/share-night",
    ]);
    const shift = ((await page.evaluate("window.layoutShifts")) as number[]).reduce((sum, value) => sum + value, 0);
    expect(shift, "cumulative layout shift while the app took the page over").toBeLessThanOrEqual(0.02);
    // The pre-rendered page's first paint is timed as its largest so far (the app takes it over only once that
    // paint is shown, so its identical copy is never timed instead); only what the app adds later may be larger
    // (here the zone note, rewritten for a viewer in New York).
    const paints = (await page.evaluate("window.paints")) as { contentful: number[]; largest: number[] };
    expect(paints.contentful).toHaveLength(1);
    expect(paints.largest[0], "first largest-contentful-paint candidate, against the first contentful paint").toBe(paints.contentful[0]);
    await expectAccessible(page, "the share page, taken over by the app");

    // It is the app: Book opens the booking panel in place (signed out: the inline sign-in).
    await page.getByRole("button", { name: /^Book / }).first().click();
    await page.getByRole("heading", { name: "Book this slot" }).waitFor();
    await page.getByLabel("Email").waitFor();
    expectNoProblems(visitor); // no CSP violation: the JSON and JSON-LD blocks are data, not script
    await visitor.context.close();
  });

  it("boots the app on the 404 page of an unknown event, which says so", async () => {
    const visitor = await newVisitor(browser);
    const response = await visitor.page.goto(`${site()}/e/never-published-here`);
    expect(response?.status()).toBe(404);
    await visitor.page.getByText("This event doesn't exist, or isn't open for booking.").waitFor();
    await visitor.context.close();
  });
});
