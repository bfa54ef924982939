import { mkdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { expect } from "vitest";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { repoRoot } from "@slotbook/local";

/** Debian's chromium (.ci/run installs it), headless, with everything that phones home switched off. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

export const phone = { width: 390, height: 844 };
export const desktop = { width: 1280, height: 800 };

export interface Visitor {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions so far (CSP violations show up here as "Refused to …"). */
  problems: string[];
}

/**
 * A fresh browser profile (no cookies, no storage), by default a phone (390 × 844) in New York reading
 * British English, so every check also covers the small screen and a viewer whose zone differs from the
 * event's. `locale` is the browser's language (navigator.languages, Accept-Language, Intl's default).
 */
export async function newVisitor(
  browser: Browser,
  options: { viewport?: { width: number; height: number }; timezoneId?: string; locale?: string } = {},
): Promise<Visitor> {
  const context = await browser.newContext({
    viewport: options.viewport ?? phone,
    timezoneId: options.timezoneId ?? "America/New_York",
    locale: options.locale ?? "en-GB",
    acceptDownloads: true,
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (message) => {
    // A 4xx the app handles (e.g. a failed sign-in or a full slot) is logged by Chromium as a resource error: expected.
    if (message.type() === "error" && !/Failed to load resource/.test(message.text())) problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(`Uncaught: ${error.message}`));
  return { context, page, problems };
}

const axeSource = readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA) on the page as it is now and fails with a readable list. The script
 * goes in through the DevTools protocol, which the page's CSP doesn't govern: the CSP stays strict.
 */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  // Browser-side code as strings: this file is type-checked for Node, without the DOM's types.
  if (!(await page.evaluate(`"axe" in window`))) await page.evaluate(await axeSource);
  const violations = (await page.evaluate(`(async () => {
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations.map((v) => v.id + ": " + v.help + " (" + v.nodes.map((node) => JSON.stringify(node.target)).join(", ") + ")");
  })()`)) as string[];
  expect(violations, `axe violations on ${what}`).toEqual([]);
}

/** Which element has focus: its tag and text (to check where focus lands after navigation). */
export const focused = (page: Page) => page.evaluate("({ tag: document.activeElement?.tagName, text: document.activeElement?.textContent })") as Promise<{ tag?: string; text?: string }>;

/** Fails if the page logged an error or a CSP violation, or threw. */
export function expectNoProblems(visitor: Visitor): void {
  expect(visitor.problems, "console errors, CSP violations or uncaught exceptions").toEqual([]);
}

export const screenshotDir = join(repoRoot, "test-artifacts", "screenshots");

/** Saves a full-page screenshot under test-artifacts/screenshots/ (kept by CI as an artifact). */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** The page has no horizontal scrolling: everything fits the viewport (the phone-width check). */
export async function expectFitsWidth(page: Page, what: string): Promise<void> {
  const overflow = (await page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")) as number;
  expect(overflow, `${what} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
}
