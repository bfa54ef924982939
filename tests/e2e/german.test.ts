import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { desktop, expectAccessible, expectFitsWidth, expectNoProblems, launchBrowser, newVisitor, phone, saveScreenshot } from "../support/browser";
import { newUser, publishedEvent, type PublishedEvent } from "./fixtures";

/**
 * The app for a browser set to German (de-DE): every page in German with German dates, booking and My
 * bookings included, and the footer's switch to English and back. The share page a crawler gets stays
 * English; the app takes it over in German.
 */
const site = () => inject("site").siteUrl;
const zone = "America/New_York";
/** How a German reader sees an instant, in the tests' zone. */
const germanDay = (instant: string) => new Intl.DateTimeFormat("de-DE", { timeZone: zone, weekday: "long", day: "numeric", month: "long", year: "numeric" }).format(new Date(instant));
const germanTime = (instant: string) => new Intl.DateTimeFormat("de-DE", { timeZone: zone, timeStyle: "short" }).format(new Date(instant));

let browser: Browser;
let event: PublishedEvent & { times: Array<{ startsAt: string; endsAt: string }> };

beforeAll(async () => {
  browser = await launchBrowser();
  const created = await publishedEvent(`Lesung ${Date.now()}`, [
    { startTime: "09:00", endTime: "09:30", capacity: 3 },
    { startTime: "09:30", endTime: "10:00", capacity: 2 },
  ]);
  event = { ...created, times: created.slots as unknown as Array<{ startsAt: string; endsAt: string }> };
  // The publisher writes the share page from the table's stream, a moment after the publish: wait for it, so
  // the event page below is the pre-rendered one the app takes over.
  const deadline = Date.now() + 20_000;
  while ((await fetch(`${site()}/e/${event.slug}`)).status !== 200) {
    if (Date.now() > deadline) throw new Error(`/e/${event.slug} did not appear within 20 s of publishing.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
});
afterAll(() => browser?.close());

const range = (slot: { startsAt: string; endsAt: string }) => `${germanTime(slot.startsAt)}–${germanTime(slot.endsAt)}`;

/** The start page and the event page in German, checked with axe at this viewport. */
async function germanPublicPages(page: Page, viewport: string) {
  const [first] = event.times;
  await page.goto(site());
  await page.getByRole("heading", { level: 1, name: "Kommende Veranstaltungen" }).waitFor();
  expect(await page.evaluate("document.documentElement.lang")).toBe("de");
  await page.getByRole("link", { name: "Anmelden" }).waitFor();
  await page.getByRole("button", { name: "English" }).waitFor();
  await expectAccessible(page, `the German start page (${viewport})`);

  // Straight to the share page (pre-rendered in English for crawlers): the app takes it over in German.
  await page.goto(`${site()}/e/${event.slug}`);
  await page.getByRole("heading", { level: 2, name: "Wähle einen Termin" }).waitFor();
  await page.getByRole("heading", { level: 3, name: germanDay(first!.startsAt) }).waitFor();
  // (The phone's test books one of these seats.)
  await expect.poll(() => page.locator(".slot").first().locator(".availability").textContent()).toMatch(/^Noch [23] frei$/);
  await page.getByText(`(${new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", timeStyle: "short" }).format(new Date(first!.startsAt))}–`).first().waitFor();
  await page.getByText(/^Die Zeiten gelten in deiner Zeitzone, America\/New York .*Die Veranstaltung findet in der Zeitzone Europe\/Berlin/).waitFor();
  await page.getByRole("button", { name: `Buchen ${range(first!)}` }).waitFor();
  expect(await page.getByText("Choose a time").count()).toBe(0);
  await expectAccessible(page, `the German event page (${viewport})`);
}

describe("a German browser", () => {
  it("on a phone: German pages and dates, signs in, books, sees My bookings; the switch goes to English and back", async () => {
    const visitor = await newVisitor(browser, { locale: "de-DE", viewport: phone });
    const { page } = visitor;
    const fan = await newUser("fan", "Greta Fan");
    const [first] = event.times;

    await germanPublicPages(page, "phone");
    await expectFitsWidth(page, "the German event page");
    await saveScreenshot(page, "german-event-page");

    // Book: the inline sign-in is German too; this fan signs in with a password on the sign-in page.
    await page.getByRole("button", { name: `Buchen ${range(first!)}` }).click();
    await page.getByRole("heading", { name: "Diesen Termin buchen" }).waitFor();
    await page.getByRole("button", { name: "Code per E-Mail", exact: true }).waitFor();
    await expectAccessible(page, "the German booking panel, signed out");
    await page.goto(`${site()}/signin?next=${encodeURIComponent(`/e/${event.slug}?slot=${event.slots[0]!.id}`)}`);
    await page.getByRole("heading", { level: 1, name: "Anmelden" }).waitFor();
    await expectAccessible(page, "the German sign-in page");
    await page.getByLabel("E-Mail").fill(fan.email);
    await page.getByLabel("Passwort").fill(fan.password);
    await page.getByRole("button", { name: "Anmelden" }).click();
    await page.getByText(`Du buchst als Greta Fan (${fan.email}).`).waitFor();
    await page.getByRole("button", { name: "Buchung bestätigen" }).click();
    await page.getByRole("heading", { name: "Deine Buchung steht" }).waitFor();
    // The confirmation says what and when, the German way.
    const confirmation = await page.getByRole("region", { name: "Deine Buchung steht" }).textContent();
    expect(confirmation).toContain(event.title);
    expect(confirmation).toContain(`${germanDay(first!.startsAt)}, ${range(first!)}`);
    await expectAccessible(page, "the German booking confirmation");

    // My bookings, in German, with the German date.
    await page.getByRole("link", { name: "Meine Buchungen" }).first().click();
    await page.getByRole("heading", { level: 1, name: "Meine Buchungen" }).waitFor();
    await page.getByRole("heading", { level: 2, name: "Demnächst" }).waitFor();
    await page.locator(".booking .meta").filter({ hasText: germanDay(first!.startsAt) }).waitFor();
    await page.getByRole("button", { name: `Buchung stornieren (für ${event.title})` }).waitFor();
    await expectAccessible(page, "German My bookings");
    await expectFitsWidth(page, "German My bookings");
    await saveScreenshot(page, "german-my-bookings");

    // The account page in German: the emails' language, English for an account made without one, set to German.
    await page.getByRole("link", { name: "Konto" }).click();
    await page.getByRole("heading", { level: 1, name: "Dein Konto" }).waitFor();
    const language = page.getByLabel("Sprache von E-Mails und SMS");
    await expect.poll(() => language.inputValue()).toBe("en");
    await language.selectOption("de");
    await page.getByRole("button", { name: "Profil speichern" }).click();
    await page.getByRole("status").filter({ hasText: "Dein Profil ist gespeichert." }).waitFor();
    await expectAccessible(page, "the German account page");
    await page.getByRole("link", { name: "Meine Buchungen" }).click();
    await page.getByRole("heading", { level: 1, name: "Meine Buchungen" }).waitFor();

    // The switch: English (remembered, the page reloads), then German again.
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { level: 1, name: "My bookings" }).waitFor();
    expect(await page.evaluate("document.documentElement.lang")).toBe("en");
    expect(await page.evaluate("localStorage.getItem('slotbook.locale')")).toBe("en");
    await page.getByRole("button", { name: `Cancel booking for ${event.title}` }).waitFor();
    // A German browser reading English: English dates ("Saturday"), not German ones.
    const englishWeekday = new Intl.DateTimeFormat("en", { timeZone: zone, weekday: "long" }).format(new Date(first!.startsAt));
    expect(await page.locator(".booking .meta").first().textContent()).toContain(englishWeekday);
    await expectAccessible(page, "My bookings switched to English");
    await page.getByRole("button", { name: "Deutsch" }).click();
    await page.getByRole("heading", { level: 1, name: "Meine Buchungen" }).waitFor();
    expect(await page.evaluate("document.documentElement.lang")).toBe("de");
    expectNoProblems(visitor);
    await visitor.context.close();
  });

  it("on a laptop: the start page and the event page in German", async () => {
    const visitor = await newVisitor(browser, { locale: "de-DE", viewport: desktop });
    await germanPublicPages(visitor.page, "desktop");
    expectNoProblems(visitor);
    await visitor.context.close();
  });

  it("an English browser downloads no German words and stores no choice", async () => {
    const visitor = await newVisitor(browser);
    const scripts: Array<Promise<string>> = [];
    visitor.page.on("response", (response) => void (response.request().resourceType() === "script" && scripts.push(response.text())));
    await visitor.page.goto(`${site()}/e/${event.slug}`);
    await visitor.page.getByRole("heading", { level: 2, name: "Choose a time" }).waitFor();
    await visitor.page.getByRole("button", { name: "Deutsch" }).waitFor();
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of await Promise.all(scripts)) expect(script).not.toContain("Wähle einen Termin");
    expect(await visitor.page.evaluate("Object.keys(localStorage)")).toEqual([]);
    await visitor.context.close();
  });
});
