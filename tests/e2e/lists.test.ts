import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { inject } from "vitest";
import { request } from "../support/http";
import { desktop, expectAccessible, expectFitsWidth, expectNoProblems, launchBrowser, newVisitor, phone } from "../support/browser";
import { dateInDays, newUser, publishedEvent, signInOrganiser } from "./fixtures";

let browser: Browser;
let admin: Awaited<ReturnType<typeof newUser>>;
const titles: string[] = [];
const count = 23; // more than a page (20)

beforeAll(async () => {
  browser = await launchBrowser();
  admin = await newUser("admin", "Paging Organiser");
  const run = Date.now();
  for (let i = 0; i < count; i++) {
    const title = `Paged signing ${run}-${String(i).padStart(2, "0")}`;
    // Far ahead, so on the public list they come after every other test's events.
    const created = await request("POST", "/api/events", {
      token: admin.accessToken,
      body: { title, date: dateInDays(300 + i), timezone: "Europe/Berlin", slots: [{ startTime: "10:00", endTime: "10:30", capacity: 5 }] },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect((await request("POST", `/api/events/${created.body.id}/publish`, { token: admin.accessToken })).status).toBe(200);
    titles.push(title);
  }
});
afterAll(() => browser?.close());

const cardTitles = (page: Page) => page.locator(".cards .card h2").allTextContents();

describe.each([
  ["phone", phone],
  ["laptop", desktop],
])("lists that page, on a %s", (_, viewport) => {
  it("the organiser's dashboard shows every event: the first 20, then the rest with Show more (keyboard)", async () => {
    const visitor = await newVisitor(browser, { viewport });
    const { page } = visitor;
    await signInOrganiser(page, admin, "/admin");
    await page.getByRole("heading", { name: "Your events", level: 1 }).waitFor();
    await expect.poll(() => cardTitles(page).then((shown) => shown.length)).toBe(20);
    const showMore = page.getByRole("button", { name: "Show more" });
    await showMore.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => cardTitles(page).then((shown) => [...shown].sort())).toEqual([...titles].sort());
    await page.getByRole("status").filter({ hasText: `Showing ${count} events.` }).waitFor();
    expect(await showMore.count()).toBe(0); // nothing more to load
    await expectAccessible(page, "the dashboard after Show more");
    await expectFitsWidth(page, "the dashboard after Show more");
    expectNoProblems(visitor);
    await visitor.context.close();
  });

  it("the public list reaches events past its first page", async () => {
    const visitor = await newVisitor(browser, { viewport });
    const { page } = visitor;
    await page.goto(inject("site").siteUrl);
    await page.getByRole("heading", { name: "Upcoming events", level: 1 }).waitFor();
    const showMore = page.getByRole("button", { name: "Show more" });
    // Other tests' events come first; page until the last of ours shows.
    for (let pages = 0; pages < 20 && !(await cardTitles(page)).includes(titles.at(-1)!); pages++) {
      const before = (await cardTitles(page)).length;
      await showMore.click();
      await expect.poll(() => cardTitles(page).then((shown) => shown.length)).toBeGreaterThan(before);
    }
    const shown = await cardTitles(page);
    expect(shown.filter((title) => titles.includes(title))).toEqual(titles); // all of them, soonest first
    expect(new Set(shown).size).toBe(shown.length); // no page twice
    // Each card's time says its zone (the viewer's).
    const meta = await page.locator(".cards .card", { hasText: titles[0]! }).locator(".meta").textContent();
    expect(meta).toMatch(/America\/New York/);
    await expectAccessible(page, "the public list after Show more");
    expectNoProblems(visitor);
    await visitor.context.close();
  });
});

describe.each([
  ["phone", phone],
  ["laptop", desktop],
])("the event form's time zone, on a %s", (_, viewport) => {
  it("starts at the browser's zone under its canonical name, turns an alias into its canonical name, and flags a non-zone before sending", async () => {
    const visitor = await newVisitor(browser, { viewport, timezoneId: "Asia/Calcutta" });
    const { page } = visitor;
    await signInOrganiser(page, admin, "/admin/events/new");
    const zone = page.getByLabel("Time zone");
    await expect.poll(() => zone.inputValue()).toBe("Asia/Kolkata");
    await zone.fill("us/pacific");
    await zone.blur();
    await expect.poll(() => zone.inputValue()).toBe("America/Los_Angeles");
    await zone.fill("Mars/Olympus_Mons");
    await zone.blur();
    await page.getByText("Not a time zone we know").waitFor();
    await expectAccessible(page, "the new-event form with a zone problem");
    // The list offers canonical names only, labelled by city and offset.
    await zone.focus();
    const options = await page.locator("datalist#time-zones option").evaluateAll((nodes) => nodes.map((node) => [(node as unknown as { value: string }).value, (node as unknown as { label: string }).label]));
    const values = options.map(([value]) => value);
    expect(values).toContain("Asia/Kolkata");
    expect(values).not.toContain("Asia/Calcutta");
    expect(values).not.toContain("US/Pacific");
    expect(options.find(([value]) => value === "Europe/Berlin")?.[1]).toMatch(/^Berlin · GMT\+[12]$/);
    expectNoProblems(visitor);
    await visitor.context.close();
  });
});

describe("an event under way", () => {
  it("shows only the times still to come (a started slot can't be booked), and says so once none are left", async () => {
    const event = await publishedEvent(`Under way ${Date.now()}`, [
      { startTime: "10:00", endTime: "10:30", capacity: 3 },
      { startTime: "11:00", endTime: "11:30", capacity: 3 },
    ]);
    const [first, second] = event.slots;
    const visitor = await newVisitor(browser, { viewport: phone, timezoneId: "Europe/Berlin" });
    const { page } = visitor;
    // The phone's clock just after the first slot started.
    await page.clock.setFixedTime(new Date(Date.parse(first!.startsAt) + 5 * 60_000));
    await page.goto(`${inject("site").siteUrl}/e/${event.slug}`);
    await page.getByRole("heading", { name: event.title, level: 1 }).waitFor();
    await expect.poll(() => page.getByRole("button", { name: /^Book/ }).allTextContents()).toEqual([expect.stringContaining("11:00")]);
    expectNoProblems(visitor);
    await visitor.context.close();

    const late = await newVisitor(browser, { viewport: phone, timezoneId: "Europe/Berlin" });
    await late.page.clock.setFixedTime(new Date(Date.parse(second!.startsAt) + 60_000));
    await late.page.goto(`${inject("site").siteUrl}/e/${event.slug}`);
    await late.page.getByText("Every time of this event has started: there is nothing left to book.").waitFor();
    expect(await late.page.getByRole("button", { name: /^Book/ }).count()).toBe(0);
    await late.context.close();
  });
});
