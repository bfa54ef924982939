/**
 * The share page of a published event (`/e/<slug>`) as a complete HTML document, and the site's 404 page.
 *
 * Pure: strings in, a string out, no Node or AWS module, so the same code runs in the publisher Lambda, in the
 * local cloud's stream poller and in the web build (which renders its 404 page with it). The document is the
 * built app's own `index.html` (the "shell": its hashed script and stylesheet tags) with
 *  - the event in `#root`, marked up as the app's event page marks it up (same elements and classes, so the
 *    app replaces it without anything moving), times in the event's own zone;
 *  - the event as JSON in `<script type="application/json" id="event-data">`, which the app reads instead of
 *    asking the API for it, so all it fetches is live availability;
 *  - `<title>`, a description, a canonical URL, Open Graph and Twitter tags, and a schema.org `Event` as JSON-LD.
 * The site's CSP forbids inline script: both script elements here are data blocks (a non-JavaScript `type`),
 * which browsers never execute, so the CSP does not apply to them.
 *
 * Everything from the event is user text: HTML text and attributes are escaped; JSON in a script element has
 * `<`, `>`, `&` and the two JavaScript line separators escaped, so no text can end the element.
 */

/** What the page shows of an event: the public page record's fields. */
export interface SharePageEvent {
  slug: string;
  title: string;
  description: string;
  date: string;
  timezone: string;
  slots: ReadonlyArray<{ id: string; startTime: string; endTime: string; startsAt: string; endsAt: string; capacity: number }>;
  location?: { name?: string; address?: string; url?: string } | null;
  /** What booking asks (not shown on the page: embedded for the app's booking panel). */
  questions?: ReadonlyArray<{ id: string; label: string; type: string; required: boolean; options?: string[]; multiple?: boolean }>;
  /** When and how it can be booked (the public view's fields): the app needs them before its first fetch. */
  bookingOpensAt?: string | null;
  bookingClosesAt?: string | null;
  maxBookingsPerFan?: number | null;
  maxPartySize?: number;
  waitlist?: boolean;
}

/** The on-sale fields the page embeds for the app, when the event has them. */
const onSaleKeys = ["bookingOpensAt", "bookingClosesAt", "maxBookingsPerFan", "maxPartySize", "waitlist"] as const;

/**
 * Where an address is on a map: an OpenStreetMap search (no key, no tracking script; the app's event page links
 * the same). Here rather than imported: this module has no imports, so Node loads it as it is (the web build's
 * config imports it without a bundler).
 */
export const mapUrl = (address: string) => `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}`;

/** The JSON the page embeds for the app: the event as the public API shows it, less live availability. */
export type EmbeddedEvent = Omit<SharePageEvent, "slots"> & { slots: Array<SharePageEvent["slots"][number]> };

export interface SharePageOptions {
  /** The app's built `index.html` (AWS: from the site bucket; locally: the dev or preview server's). */
  shell: string;
  /** The site's origin, for the canonical URL and the Open Graph URL (`https://d123.cloudfront.net`). */
  siteUrl: string;
}

export const siteName = "Slotbook";
/** The id of the embedded event JSON, read by web/src/pages/public/embedded-event.ts. */
export const embeddedEventId = "event-data";
/** Marks a pre-rendered document's `#root`: which page it holds (`event` or `not-found`). */
export const prerenderedAttribute = "data-prerendered";

/** Where an event's page lives in the site bucket (and in the local pages folder). */
export const sharePageKey = (slug: string) => `e/${slug}.html`;
/** The site's 404 page, emitted by the web build beside index.html. */
export const notFoundPageKey = "404.html";
/**
 * The shell the publisher renders into: index.html plus preload links for the event page's own scripts,
 * emitted by the web build beside index.html (web/share-pages.ts).
 */
export const sharePageShellKey = "share-page-shell.html";

/** How long CloudFront may keep a share page before asking S3 again: a changed title shows within a minute. */
export const sharePageCacheControl = "public, max-age=0, s-maxage=30, stale-while-revalidate=30";

const htmlEscapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
/** Text or an attribute value, escaped for HTML. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => htmlEscapes[char]!);

/** JSON safe inside a `<script>` element: nothing in it can close the element or start a comment. */
export const scriptJson = (value: unknown) =>
  JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);

const formatters = new Map<string, Intl.DateTimeFormat>();
/** en-GB, the site's language, in the event's zone (the app then shows the viewer's zone and locale). */
function format(instant: string, timeZone: string, options: Intl.DateTimeFormatOptions): string {
  const key = `${timeZone}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = new Intl.DateTimeFormat("en-GB", { timeZone, ...options })));
  return formatter.format(new Date(instant));
}
const day = (instant: string, zone: string) => format(instant, zone, { weekday: "long", day: "numeric", month: "long", year: "numeric" });
const time = (instant: string, zone: string) => format(instant, zone, { timeStyle: "short" });
const timeRange = (startsAt: string, endsAt: string, zone: string) => `${time(startsAt, zone)}–${time(endsAt, zone)}`;
/** As the app writes a zone: "Europe/Berlin (CET)", or the id alone when it has no other short name. */
function zoneLabel(zone: string, instant: string): string {
  const name = new Intl.DateTimeFormat("en-GB", { timeZone: zone, timeZoneName: "short" }).formatToParts(new Date(instant)).find((part) => part.type === "timeZoneName")?.value;
  const id = zone.replace(/_/g, " ");
  return name && name !== zone ? `${id} (${name})` : id;
}

const sortedSlots = (event: SharePageEvent) => [...event.slots].sort((a, b) => a.startsAt.localeCompare(b.startsAt));

/** "Saturday 5 December 2026, 09:00–12:00 (Europe/Berlin)": the one line a link preview shows of when. */
export function whenLine(event: SharePageEvent): string {
  const slots = sortedSlots(event);
  if (slots.length === 0) return `${day(`${event.date}T12:00:00Z`, "UTC")} (${event.timezone})`;
  const first = slots[0]!;
  const lastEnd = slots.reduce((latest, slot) => (slot.endsAt > latest ? slot.endsAt : latest), first.endsAt);
  const firstDay = day(first.startsAt, event.timezone);
  const lastDay = day(lastEnd, event.timezone);
  const range = firstDay === lastDay ? `${firstDay}, ${timeRange(first.startsAt, lastEnd, event.timezone)}` : `${firstDay}, ${time(first.startsAt, event.timezone)} – ${lastDay}, ${time(lastEnd, event.timezone)}`;
  return `${range} (${event.timezone})`;
}

/** A description for search results and link previews: when, then the start of the event's own text. */
export function summary(event: SharePageEvent): string {
  const text = event.description.replace(/\s+/g, " ").trim();
  const full = text ? `${whenLine(event)}. ${text}` : `${whenLine(event)}.`;
  return full.length <= 200 ? full : `${full.slice(0, 199).trimEnd()}…`;
}

const canonicalUrl = (event: SharePageEvent, siteUrl: string) => `${siteUrl.replace(/\/+$/, "")}/e/${encodeURIComponent(event.slug)}`;

/** The schema.org `Event` (https://schema.org/Event) of the page, for search engines. */
export function eventJsonLd(event: SharePageEvent, siteUrl: string): Record<string, unknown> {
  const slots = sortedSlots(event);
  const location = event.location ?? undefined;
  const place =
    location && (location.name || location.address)
      ? { "@type": "Place", ...(location.name ? { name: location.name } : {}), ...(location.address ? { address: location.address, hasMap: mapUrl(location.address) } : {}) }
      : undefined;
  const online = location?.url ? { "@type": "VirtualLocation", url: location.url } : undefined;
  const mode = place && online ? "MixedEventAttendanceMode" : online ? "OnlineEventAttendanceMode" : place ? "OfflineEventAttendanceMode" : undefined;
  const locations = [place, online].filter(Boolean);
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: event.title,
    ...(event.description.trim() ? { description: event.description } : {}),
    url: canonicalUrl(event, siteUrl),
    ...(slots.length > 0 ? { startDate: slots[0]!.startsAt, endDate: slots.reduce((latest, slot) => (slot.endsAt > latest ? slot.endsAt : latest), slots[0]!.endsAt) } : { startDate: event.date }),
    eventStatus: "https://schema.org/EventScheduled",
    ...(mode ? { eventAttendanceMode: `https://schema.org/${mode}` } : {}),
    ...(locations.length === 1 ? { location: locations[0] } : locations.length > 1 ? { location: locations } : {}),
    organizer: { "@type": "Organization", name: siteName, url: siteUrl.replace(/\/+$/, "") },
  };
}

/** The header and footer every page has, as the app's Layout renders them for a visitor not signed in. */
const frame = (main: string) =>
  `<a class="skip-link" href="#main">Skip to content</a>` +
  `<header class="site-header"><a href="/" class="brand">${siteName}</a><nav aria-label="Main"><ul><li><a href="/signin">Sign in</a></li></ul></nav></header>` +
  `<main id="main" tabindex="-1">${main}</main>` +
  `<footer class="site-footer"><p>${siteName} · <a href="/admin">Organiser sign-in</a></p></footer>`;

/** "Where: Blue Room, <a map>Main St 1</a> · <a>https://meet…</a>", as the app's event page writes it. */
function locationLine(location: SharePageEvent["location"]): string {
  if (!location) return "";
  const name = location.name?.trim() ? escapeHtml(location.name) : "";
  const address = location.address?.trim() ? `<a href="${escapeHtml(mapUrl(location.address))}" rel="noopener">${escapeHtml(location.address)}</a>` : "";
  const link = location.url && /^https?:\/\//i.test(location.url) ? `<a href="${escapeHtml(location.url)}" rel="noopener">${escapeHtml(location.url)}</a>` : "";
  const place = [name, address].filter(Boolean).join(", ");
  if (!place && !link) return "";
  return `<p class="location"><span class="location-label">Where:</span> ${[place, link].filter(Boolean).join(" · ")}</p>`;
}

/** The event page's content as the app's EventPage renders it, in the event's own zone and without live counts. */
function eventMarkup(event: SharePageEvent): string {
  const zone = event.timezone;
  const slots = sortedSlots(event);
  const days = new Map<string, typeof slots>();
  for (const slot of slots) {
    const label = day(slot.startsAt, zone);
    days.set(label, [...(days.get(label) ?? []), slot]);
  }
  const slotItems = (items: typeof slots) =>
    items
      .map((slot) => {
        const range = timeRange(slot.startsAt, slot.endsAt, zone);
        return (
          `<li class="slot"><div class="slot-row">` +
          `<span class="slot-time"><time datetime="${escapeHtml(slot.startsAt)}">${escapeHtml(range)}</time></span>` +
          `<span class="availability"></span>` +
          `<button type="button">Book<span class="visually-hidden"> ${escapeHtml(range)}</span></button>` +
          `</div></li>`
        );
      })
      .join("");
  const list =
    slots.length === 0
      ? `<p>This event has no time slots yet.</p>`
      : [...days].map(([label, items]) => `<section class="day" aria-label="${escapeHtml(label)}"><h3>${escapeHtml(label)}</h3><ul class="slots">${slotItems(items)}</ul></section>`).join("");
  const instant = slots[0]?.startsAt ?? `${event.date}T12:00:00Z`;
  return (
    `<article class="event">` +
    `<h1 tabindex="-1">${escapeHtml(event.title)}</h1>` +
    (event.description ? `<p class="description">${escapeHtml(event.description)}</p>` : "") +
    locationLine(event.location) +
    `<p class="zone-note">Times are in the event's time zone, ${escapeHtml(zoneLabel(zone, instant))}.</p>` +
    `<p class="live live-ok" role="status" aria-live="polite"></p>` +
    `<h2 tabindex="-1">Choose a time</h2>` +
    `<noscript><p class="notice-error">Booking needs JavaScript: turn it on to book a time.</p></noscript>` +
    list +
    `</article>`
  );
}

/** The shell with its title, head tags and `#root` content replaced; fails loudly on a shell it doesn't know. */
function fillShell(shell: string, parts: { title: string; head: string; root: string; page: string; afterRoot?: string }): string {
  const root = /<div id="root"><\/div>/;
  if (!/<title>[^<]*<\/title>/.test(shell) || !root.test(shell) || !shell.includes("</head>")) {
    throw new Error('The site shell must have a <title>, </head> and an empty <div id="root"></div> (web/index.html).');
  }
  return shell
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(parts.title)}</title>`)
    .replace(/\s*<meta name="description"[^>]*>/, "")
    .replace("</head>", () => `${parts.head}\n  </head>`)
    .replace(root, () => `<div id="root" ${prerenderedAttribute}="${parts.page}">${parts.root}</div>${parts.afterRoot ?? ""}`);
}

/** The event's complete share page. */
export function renderSharePage(event: SharePageEvent, options: SharePageOptions): string {
  const url = canonicalUrl(event, options.siteUrl);
  const description = summary(event);
  const title = `${event.title} · ${siteName}`;
  const meta = (attribute: "name" | "property", key: string, content: string) => `<meta ${attribute}="${key}" content="${escapeHtml(content)}" />`;
  const head = [
    meta("name", "description", description),
    `<link rel="canonical" href="${escapeHtml(url)}" />`,
    meta("property", "og:type", "website"),
    meta("property", "og:site_name", siteName),
    meta("property", "og:title", event.title),
    meta("property", "og:description", description),
    meta("property", "og:url", url),
    meta("name", "twitter:card", "summary"),
    meta("name", "twitter:title", event.title),
    meta("name", "twitter:description", description),
    `<script type="application/ld+json">${scriptJson(eventJsonLd(event, options.siteUrl))}</script>`,
  ]
    .map((tag) => `\n    ${tag}`)
    .join("");
  const embedded: EmbeddedEvent = {
    slug: event.slug,
    title: event.title,
    description: event.description,
    date: event.date,
    timezone: event.timezone,
    ...(event.location ? { location: event.location } : {}),
    ...(event.questions?.length ? { questions: event.questions } : {}),
    ...Object.fromEntries(onSaleKeys.filter((key) => event[key] !== undefined).map((key) => [key, event[key]])),
    slots: sortedSlots(event).map(({ id, startTime, endTime, startsAt, endsAt, capacity }) => ({ id, startTime, endTime, startsAt, endsAt, capacity })),
  };
  return fillShell(options.shell, {
    title,
    head,
    page: "event",
    root: frame(eventMarkup(event)),
    afterRoot: `\n    <script type="application/json" id="${embeddedEventId}">${scriptJson(embedded)}</script>`,
  });
}

/** The site's 404 page: a real page (the app still boots on it, for a link whose page is seconds old). */
export function renderNotFoundPage(shell: string): string {
  return fillShell(shell, {
    title: `Page not found · ${siteName}`,
    head: `\n    <meta name="robots" content="noindex" />`,
    page: "not-found",
    root: frame(`<h1 tabindex="-1">Page not found</h1><p>There's nothing at this address. <a href="/">See upcoming events</a>.</p>`),
  });
}
