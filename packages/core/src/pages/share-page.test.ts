import { parse, type DefaultTreeAdapterMap } from "parse5";
import { describe, expect, it } from "vitest";
import { embeddedEventId, eventJsonLd, renderNotFoundPage, renderSharePage, summary, type SharePageEvent } from "./share-page";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

/** The built app's index.html, as vite writes it (hashed script and stylesheet). */
const shell = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="description" content="Book a time slot in seconds." />
    <script type="module" crossorigin src="/assets/index-AbC123.js"></script>
    <link rel="stylesheet" crossorigin href="/assets/index-XyZ789.css">
    <title>Slotbook</title>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

const hostile = `Jazz </script><script>alert("x")</script> & <b>"friends"</b> 'n' \u2028 -->`;
const event: SharePageEvent = {
  slug: "jazz-night-ab12cd",
  title: hostile,
  description: `Bring <img src=x onerror=alert(1)> nothing.\nSecond line.`,
  date: "2026-12-05",
  timezone: "Europe/Berlin",
  slots: [
    { id: "s2", startTime: "09:30", endTime: "10:00", startsAt: "2026-12-05T08:30:00.000Z", endsAt: "2026-12-05T09:00:00.000Z", capacity: 1 },
    { id: "s1", startTime: "09:00", endTime: "09:30", startsAt: "2026-12-05T08:00:00.000Z", endsAt: "2026-12-05T08:30:00.000Z", capacity: 3 },
  ],
};
const siteUrl = "https://d123.cloudfront.net";

const all = (node: Node, test: (element: Element) => boolean, found: Element[] = []): Element[] => {
  if ("tagName" in node && test(node)) found.push(node);
  for (const child of ("childNodes" in node ? node.childNodes : []) as Node[]) all(child, test, found);
  if ("content" in node && node.content) all(node.content as Node, test, found);
  return found;
};
const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;
const text = (node: Node): string => ("value" in node && node.nodeName === "#text" ? node.value : "childNodes" in node ? (node.childNodes as Node[]).map(text).join("") : "");
const byTag = (doc: Node, tag: string) => all(doc, (element) => element.tagName === tag);
const meta = (doc: Node, key: string) => {
  const element = all(doc, (e) => e.tagName === "meta" && (attr(e, "property") === key || attr(e, "name") === key));
  expect(element, `one <meta> ${key}`).toHaveLength(1);
  return attr(element[0]!, "content");
};

describe("the share page", () => {
  const html = renderSharePage(event, { shell, siteUrl });
  const doc = parse(html);

  it("is the app's shell with the event in it: same hashed script and stylesheet, the event's title in <title> and <h1>", () => {
    expect(html).toContain(`<script type="module" crossorigin src="/assets/index-AbC123.js"></script>`);
    expect(html).toContain(`href="/assets/index-XyZ789.css"`);
    expect(text(byTag(doc, "title")[0]!)).toBe(`${hostile} · Slotbook`);
    expect(byTag(doc, "h1").map(text)).toEqual([hostile]);
    expect(text(all(doc, (e) => attr(e, "class") === "description")[0]!)).toBe(event.description);
  });

  it("shows every slot's time in the event's zone, in order, grouped under its day, with the zone named", () => {
    expect(all(doc, (e) => e.tagName === "time").map((t) => [attr(t, "datetime"), text(t)])).toEqual([
      ["2026-12-05T08:00:00.000Z", "09:00–09:30"],
      ["2026-12-05T08:30:00.000Z", "09:30–10:00"],
    ]);
    // (ICU versions differ on the comma after the weekday.)
    expect(byTag(doc, "h3").map(text)).toEqual([expect.stringMatching(/^Saturday,? 5 December 2026$/)]);
    expect(text(all(doc, (e) => attr(e, "class") === "zone-note")[0]!)).toBe("Times are in the event's time zone, Europe/Berlin (CET).");
    // The first slot time comes before any script that could run (the module script is deferred anyway).
    expect(html.indexOf("09:00–09:30")).toBeGreaterThan(0);
  });

  it("escapes user text everywhere: no element, attribute or script comes from the title or description", () => {
    const scripts = byTag(doc, "script");
    expect(scripts.map((s) => attr(s, "type"))).toEqual(["module", "application/ld+json", "application/json"]);
    expect(all(doc, (e) => e.tagName === "img" || e.tagName === "b")).toEqual([]);
    expect(all(doc, (e) => e.attrs.some((a) => a.name.startsWith("on")))).toEqual([]);
    expect(html).not.toContain("</script><script>");
  });

  it("embeds the event as JSON for the app (no live counts), which parses back to the event", () => {
    const data = all(doc, (e) => attr(e, "id") === embeddedEventId);
    expect(data).toHaveLength(1);
    expect(JSON.parse(text(data[0]!))).toEqual({ ...event, slots: [event.slots[1], event.slots[0]] });
  });

  it("embeds when and how the event can be booked, so the app can count down to the opening before its first fetch", () => {
    const onSale = { bookingOpensAt: "2026-11-01T09:00:00.000Z", bookingClosesAt: null, maxBookingsPerFan: 2, maxPartySize: 4, waitlist: false };
    const page = parse(renderSharePage({ ...event, ...onSale }, { shell, siteUrl }));
    const data = all(page, (e) => attr(e, "id") === embeddedEventId);
    expect(JSON.parse(text(data[0]!))).toMatchObject(onSale);
  });

  it("has a canonical URL, Open Graph and Twitter tags, all escaped", () => {
    const url = `${siteUrl}/e/jazz-night-ab12cd`;
    expect(all(doc, (e) => e.tagName === "link" && attr(e, "rel") === "canonical").map((e) => attr(e, "href"))).toEqual([url]);
    expect(meta(doc, "og:title")).toBe(hostile);
    expect(meta(doc, "og:url")).toBe(url);
    expect(meta(doc, "og:type")).toBe("website");
    expect(meta(doc, "og:site_name")).toBe("Slotbook");
    expect(meta(doc, "twitter:card")).toBe("summary");
    expect(meta(doc, "twitter:title")).toBe(hostile);
    // The shell's generic description is replaced by the event's: when, then its text.
    expect(meta(doc, "description")).toMatch(/^Saturday,? 5 December 2026, 09:00–10:00 \(Europe\/Berlin\)\. Bring <img src=x onerror=alert\(1\)> nothing\. Second line\.$/);
    expect(meta(doc, "og:description")).toBe(meta(doc, "description"));
    expect(meta(doc, "twitter:description")).toBe(meta(doc, "description"));
  });

  it("carries a valid schema.org Event as JSON-LD", () => {
    const [ld] = all(doc, (e) => attr(e, "type") === "application/ld+json");
    const parsed = JSON.parse(text(ld!));
    expect(parsed).toEqual({
      "@context": "https://schema.org",
      "@type": "Event",
      name: hostile,
      description: event.description,
      url: `${siteUrl}/e/jazz-night-ab12cd`,
      startDate: "2026-12-05T08:00:00.000Z",
      endDate: "2026-12-05T09:00:00.000Z",
      eventStatus: "https://schema.org/EventScheduled",
      organizer: { "@type": "Organization", name: "Slotbook", url: siteUrl },
    });
  });

  it("shows the location when the event has one (place and online link), and nothing otherwise", () => {
    expect(all(doc, (e) => attr(e, "class") === "location")).toEqual([]);
    const located = { ...event, location: { name: "Blue <Room>", address: "Main St 1, Berlin", url: "https://meet.example/abc?x=1&y=2" } };
    const page = parse(renderSharePage(located, { shell, siteUrl }));
    const line = all(page, (e) => attr(e, "class") === "location");
    expect(line.map(text)).toEqual(["Where: Blue <Room>, Main St 1, Berlin · https://meet.example/abc?x=1&y=2"]);
    // The address links to a map of it.
    const map = "https://www.openstreetmap.org/search?query=Main%20St%201%2C%20Berlin";
    expect(all(line[0]!, (e) => e.tagName === "a").map((a) => [text(a), attr(a, "href")])).toEqual([
      ["Main St 1, Berlin", map],
      ["https://meet.example/abc?x=1&y=2", "https://meet.example/abc?x=1&y=2"],
    ]);
    expect(eventJsonLd(located, siteUrl)).toMatchObject({
      eventAttendanceMode: "https://schema.org/MixedEventAttendanceMode",
      location: [
        { "@type": "Place", name: "Blue <Room>", address: "Main St 1, Berlin", hasMap: map },
        { "@type": "VirtualLocation", url: "https://meet.example/abc?x=1&y=2" },
      ],
    });
    // A link that isn't http(s) is not made a link.
    const sneaky = parse(renderSharePage({ ...event, location: { url: "javascript:alert(1)" } }, { shell, siteUrl }));
    expect(all(sneaky, (e) => e.tagName === "a" && (attr(e, "href") ?? "").startsWith("javascript"))).toEqual([]);
  });

  it("embeds the event's questions for the app's booking panel (as data, not shown on the page), and none when it has none", () => {
    const embedded = (page: string) => JSON.parse(text(all(parse(page), (e) => attr(e, "id") === embeddedEventId)[0]!));
    expect(embedded(html)).not.toHaveProperty("questions");
    const questions = [{ id: "q1", label: "Size </script>", type: "choice", required: true, options: ["S", "M"], multiple: false }];
    const page = renderSharePage({ ...event, questions }, { shell, siteUrl });
    expect(embedded(page).questions).toEqual(questions);
    expect(page).not.toContain("Size </script>");
  });

  it("keeps link previews short", () => {
    expect(summary({ ...event, description: "word ".repeat(200) }).length).toBeLessThanOrEqual(200);
  });

  it("refuses a shell it cannot fill (no empty #root)", () => {
    expect(() => renderSharePage(event, { shell: "<html><head><title>x</title></head><body></body></html>", siteUrl })).toThrow(/root/);
  });
});

describe("the 404 page", () => {
  it("is the shell with a not-found page that search engines skip", () => {
    const doc = parse(renderNotFoundPage(shell));
    expect(text(byTag(doc, "title")[0]!)).toBe("Page not found · Slotbook");
    expect(byTag(doc, "h1").map(text)).toEqual(["Page not found"]);
    expect(meta(doc, "robots")).toBe("noindex");
  });
});
