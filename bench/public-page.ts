/**
 * The public event page (`/e/:slug`) as a phone loads it, on a production build served locally (vite
 * preview of the build, share pages from the local publisher: tests/e2e/site), in Debian's Chromium:
 *  - Lighthouse's mobile performance audit (its default: simulated slow 4G and a 4x slower CPU), the median
 *    of a few runs, with its FCP, LCP, TBT and CLS;
 *  - LCP and CLS as the browser itself reports them (PerformanceObserver), for a viewer in the event's zone
 *    and one elsewhere (whose times the app rewrites when it takes the page over).
 * `npm run bench` prints it; `npx tsx bench/public-page.ts` runs it alone. Prints, never fails on a number.
 */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { chromium } from "playwright-core";
import { repoRoot } from "@slotbook/local";
import { chromiumPath } from "../tests/support/browser";
import { startSite } from "../tests/e2e/site/start-site";

export interface LighthouseRun {
  score: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

export interface BrowserRun {
  viewerZone: string;
  lcpMs: number;
  cls: number;
}

export interface PublicPageFigures {
  eventZone: string;
  lighthouse: LighthouseRun[];
  browser: BrowserRun[];
}

const run = promisify(execFile);

export async function lighthouse(url: string): Promise<LighthouseRun> {
  const cli = join(repoRoot, "node_modules", "lighthouse", "cli", "index.js");
  const { stdout } = await run(
    process.execPath,
    [cli, url, "--quiet", "--only-categories=performance", "--output=json", "--output-path=stdout", "--chrome-flags=--headless=new --no-sandbox --disable-gpu"],
    { env: { ...process.env, CHROME_PATH: chromiumPath }, maxBuffer: 64 * 1024 * 1024 },
  );
  const report = JSON.parse(stdout) as { categories: { performance: { score: number } }; audits: Record<string, { numericValue: number }> };
  const audit = (id: string) => report.audits[id]!.numericValue;
  return {
    score: Math.round(report.categories.performance.score * 100),
    fcpMs: audit("first-contentful-paint"),
    lcpMs: audit("largest-contentful-paint"),
    tbtMs: audit("total-blocking-time"),
    cls: audit("cumulative-layout-shift"),
  };
}

export async function inBrowser(url: string, viewerZone: string): Promise<BrowserRun> {
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const context = await browser.newContext({ viewport: { width: 360, height: 780 }, timezoneId: viewerZone, locale: "en-GB" });
    const page = await context.newPage();
    // Browser-side code as a string: this file is type-checked for Node, without the DOM's types.
    await page.addInitScript(`
      const seen = { lcp: 0, cls: 0 };
      window.vitals = seen;
      new PerformanceObserver((list) => { for (const entry of list.getEntries()) seen.lcp = entry.startTime; }).observe({ type: "largest-contentful-paint", buffered: true });
      new PerformanceObserver((list) => { for (const entry of list.getEntries()) if (!entry.hadRecentInput) seen.cls += entry.value; }).observe({ type: "layout-shift", buffered: true });
    `);
    await page.goto(url);
    // Until live availability has arrived and been shown (the last change the page makes by itself).
    await page.locator(".slot .availability").first().filter({ hasText: /left|Full/ }).waitFor();
    await page.waitForTimeout(500);
    const vitals = (await page.evaluate("window.vitals")) as { lcp: number; cls: number };
    return { viewerZone, lcpMs: vitals.lcp, cls: vitals.cls };
  } finally {
    await browser.close();
  }
}

export async function measurePublicPage(options: { lighthouseRuns?: number; say?: (line: string) => void } = {}): Promise<PublicPageFigures> {
  const say = options.say ?? (() => {});
  say("  starting the site (local cloud + production build)…");
  const { info, stop } = await startSite();
  try {
    // The seeded demo event: its share page is the publisher's, rendered into the build's shell.
    const list = (await (await fetch(`${info.siteUrl}/api/events/public`)).json()) as { items: Array<{ slug: string; timezone: string }> };
    const event = list.items[0]!;
    const url = `${info.siteUrl}/e/${event.slug}`;
    for (let tries = 0; (await fetch(url)).status !== 200; tries++) {
      if (tries > 200) throw new Error(`${url} never appeared.`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const lighthouseRuns: LighthouseRun[] = [];
    for (let i = 0; i < (options.lighthouseRuns ?? 3); i++) {
      say(`  Lighthouse run ${i + 1}…`);
      lighthouseRuns.push(await lighthouse(url));
    }
    const browserRuns = [await inBrowser(url, event.timezone), await inBrowser(url, event.timezone === "America/New_York" ? "Europe/Berlin" : "America/New_York")];
    return { eventZone: event.timezone, lighthouse: lighthouseRuns, browser: browserRuns };
  } finally {
    await stop();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export function publicPageReport(figures: PublicPageFigures): string[] {
  const runs = figures.lighthouse;
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  return [
    `Lighthouse, mobile (simulated slow 4G, 4x CPU), median of ${runs.length}: performance ${median(runs.map((r) => r.score))}, FCP ${seconds(median(runs.map((r) => r.fcpMs)))}, LCP ${seconds(median(runs.map((r) => r.lcpMs)))}, TBT ${Math.round(median(runs.map((r) => r.tbtMs)))} ms, CLS ${median(runs.map((r) => r.cls)).toFixed(3)}`,
    `  runs: ${runs.map((r) => `${r.score} (LCP ${seconds(r.lcpMs)}, TBT ${Math.round(r.tbtMs)} ms, CLS ${r.cls.toFixed(3)})`).join("; ")}`,
    ...figures.browser.map(
      (b) => `Chromium at 360 px, unthrottled, viewer in ${b.viewerZone}${b.viewerZone === figures.eventZone ? " (the event's zone)" : ` (event in ${figures.eventZone})`}: LCP ${Math.round(b.lcpMs)} ms, CLS ${b.cls.toFixed(3)}`,
    ),
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = await measurePublicPage({ say: (line) => process.stderr.write(`${line}\n`) });
  console.log(publicPageReport(figures).join("\n"));
}
