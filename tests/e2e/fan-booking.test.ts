import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { codeFrom } from "../support/mailbox";
import { expectAccessible, focused, expectFitsWidth, expectNoProblems, launchBrowser, newVisitor, saveScreenshot } from "../support/browser";
import { newUser, publishedEvent, type PublishedEvent } from "./fixtures";

/** What a viewer in New York reads for an instant (the tests' browsers are set to that zone and en-GB). */
const newYork = (instant: string) => new Intl.DateTimeFormat("en-GB", { timeZone: "America/New_York", timeStyle: "short" }).format(new Date(instant));
const berlin = (instant: string) => new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Berlin", timeStyle: "short" }).format(new Date(instant));

let browser: Browser;
let event: PublishedEvent & { slotTimes: Array<{ startsAt: string; endsAt: string }> };

beforeAll(async () => {
  browser = await launchBrowser();
  const created = await publishedEvent(`Open studio ${Date.now()}`, [
    { startTime: "09:00", endTime: "09:30", capacity: 3 },
    { startTime: "09:30", endTime: "10:00", capacity: 1 },
  ]);
  const slots = created.slots as unknown as Array<{ startsAt: string; endsAt: string }>;
  event = { ...created, slotTimes: slots };
});
afterAll(() => browser?.close());

describe("a fan, on a phone", () => {
  it("signs up inline with the emailed code, books a slot, gets the confirmation and calendar file, then cancels it in My bookings", async () => {
    const visitor = await newVisitor(browser);
    const { page } = visitor;
    const email = `fan-${Date.now()}@example.test`;
    const [first] = event.slotTimes;
    const range = `${newYork(first!.startsAt)}–${newYork(first!.endsAt)}`;

    // The start page lists the published event; the event page shows its slots in the viewer's zone.
    const home = await page.goto(inject("site").siteUrl);
    expect(home?.headers()["content-security-policy"]).toContain("script-src 'self';");
    await page.getByRole("link", { name: event.title }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe(event.title);
    await expect.poll(async () => (await focused(page)).tag).toBe("H1");
    expect(await page.getByText("Bring <b>nothing</b> but yourself.").count()).toBe(1); // user text stays text
    await page.getByText(`(${berlin(first!.startsAt)}–${berlin(first!.endsAt)} event time)`).waitFor();
    await page.getByText(/Times are in your time zone, America\/New York .*The event's time zone is Europe\/Berlin/).waitFor();
    expect(await page.locator(".slot").first().locator(".availability").textContent()).toBe("3 left");
    await expectAccessible(page, "the public event page");
    await expectFitsWidth(page, "the public event page");
    await saveScreenshot(page, "public-event-page");

    // Book → sign up inline → code from the mailbox → back at the same slot, signed in.
    await page.getByRole("button", { name: `Book ${range}` }).click();
    expect(page.url()).toContain(`slot=${encodeURIComponent(event.slots[0]!.id)}`);
    // An emailed code is offered first (tests/e2e/code-sign-in.test.ts); this fan makes a password account.
    await page.getByRole("button", { name: "New account" }).click();
    await page.getByLabel("Your name").fill("Ada Fan");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password", { exact: true }).fill("Sunny-Day-2026");
    await expectAccessible(page, "the inline sign-up form");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByLabel("Code from the email").fill(await codeFrom(email, 0));
    await expectAccessible(page, "the code step");
    await page.getByRole("button", { name: "Confirm and sign in" }).click();
    await page.getByText(`Booking as Ada Fan (${email}).`).waitFor();
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(["slotbook.refreshToken"]);

    // Confirm → "You're booked", with the calendar file.
    await page.getByRole("button", { name: "Confirm booking" }).click();
    await page.getByRole("heading", { name: "You're booked" }).waitFor();
    // One booked state: the confirmation (focused, so announced), and no second notice repeating it.
    expect(await page.getByRole("region", { name: "You're booked" }).textContent()).toContain(event.title);
    expect(await page.getByRole("status").filter({ hasText: event.title }).count()).toBe(0);
    await expectAccessible(page, "the booking confirmation");
    await saveScreenshot(page, "booking-confirmation");
    const downloaded = page.waitForEvent("download");
    await page.getByRole("button", { name: "Add to calendar" }).click();
    // Either the file arrives, or the app says why not (and the test fails with that message).
    const download = await Promise.race([
      downloaded,
      page.getByRole("alert").waitFor().then(async () => expect.fail(`Add to calendar failed: ${await page.getByRole("alert").textContent()}`)),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    expect(await readFile((await download.path())!, "utf8")).toContain("BEGIN:VCALENDAR");

    // My bookings: upcoming, cancel with confirmation; the seat is free again.
    await page.getByRole("link", { name: "My bookings" }).first().click();
    await page.getByRole("heading", { name: event.title }).waitFor();
    await expectAccessible(page, "My bookings");
    await expectFitsWidth(page, "My bookings");
    await page.getByRole("button", { name: `Cancel booking for ${event.title}` }).click();
    const dialog = page.getByRole("dialog", { name: "Cancel this booking?" });
    await dialog.waitFor();
    await expectAccessible(page, "the cancel dialog");
    await dialog.getByRole("button", { name: "Yes, cancel it" }).click();
    await page.getByText(`Cancelled your booking for ${event.title}`).waitFor();
    await page.getByText("No upcoming bookings.").waitFor();

    await page.goto(`${inject("site").siteUrl}/e/${event.slug}`);
    await expect.poll(() => page.locator(".slot").first().locator(".availability").textContent()).toBe("3 left");
    expectNoProblems(visitor);
    await visitor.context.close();
  });

  it("is sent to sign in when a page needs it, and comes back to that page", async () => {
    const visitor = await newVisitor(browser);
    const { page } = visitor;
    await page.goto(`${inject("site").siteUrl}/me/bookings`);
    await page.waitForURL(/\/signin\?next=%2Fme%2Fbookings$/);
    await expectAccessible(page, "the sign-in page");
    await page.getByLabel("Email").fill("fan@slotbook.local");
    await page.getByLabel("Password").fill("wrong-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("alert").filter({ hasText: "That email and password don't match an account." }).waitFor();
    await page.getByLabel("Password").fill("Demo-Fan-2026");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/me\/bookings$/);
    await page.getByRole("heading", { name: "My bookings", level: 1 }).waitFor();

    // A reload keeps the session (silent refresh from the stored refresh token), with no token in the URL.
    await page.reload();
    await page.getByRole("heading", { name: "Upcoming" }).waitFor();
    expect(page.url()).not.toMatch(/token|code=/i);
    expectNoProblems(visitor);
    await visitor.context.close();
  });
});

describe("a fan's account", () => {
  it("edits the profile, changes the password, and signing out revokes the refresh token", async () => {
    const visitor = await newVisitor(browser);
    const { page } = visitor;
    const fan = await newUser("fan", "Grace Fan");
    await page.goto(`${inject("site").siteUrl}/signin?next=%2Fme%2Faccount`);
    await page.getByLabel("Email").fill(fan.email);
    await page.getByLabel("Password").fill(fan.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { name: "Your account" }).waitFor();
    await expect.poll(() => page.getByLabel("Name", { exact: true }).inputValue()).toBe("Grace Fan");
    await expectAccessible(page, "the account page");
    await expectFitsWidth(page, "the account page");

    await page.getByLabel("Name", { exact: true }).fill("Grace Hopper");
    await page.getByLabel("Phone (optional)").fill("+4915112345678");
    await page.getByRole("button", { name: "Save profile" }).click();
    await page.getByText("Your profile is saved.").waitFor();

    await page.getByLabel("Current password").fill(fan.password);
    await page.getByLabel("New password").fill("Brand-New-Pass-9");
    await page.getByRole("button", { name: "Change password" }).click();
    await page.getByText("Your password is changed.").waitFor();

    const refreshToken = await page.evaluate(() => localStorage.getItem("slotbook.refreshToken"));
    await page.getByRole("main").getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(`${inject("site").siteUrl}/`);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    const refreshed = await fetch(`${inject("site").localCloud.apiUrl}/api/auth/refresh`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ refreshToken }),
    });
    expect(refreshed.status).toBe(401);
    expectNoProblems(visitor);
    await visitor.context.close();
  });

  it("resets a forgotten password with the emailed code", async () => {
    const visitor = await newVisitor(browser);
    const { page } = visitor;
    const fan = await newUser("fan");
    await page.goto(`${inject("site").siteUrl}/signin`);
    await page.getByRole("link", { name: "Forgot your password?" }).click();
    // The sign-in page (with its own Email field) stays until the next page's code has loaded.
    await page.getByRole("heading", { name: "Forgot your password?" }).waitFor();
    await page.getByLabel("Email").fill(fan.email);
    await expectAccessible(page, "the forgot-password page");
    await page.getByRole("button", { name: "Send me a code" }).click();
    await page.getByRole("heading", { name: "Choose a new password" }).waitFor();
    expect(await page.getByLabel("Email", { exact: true }).inputValue()).toBe(fan.email);
    await page.getByLabel("Code from the email").fill(await codeFrom(fan.email, 0));
    await page.getByLabel("New password").fill("Reset-Pass-2026");
    await expectAccessible(page, "the reset-password page");
    await page.getByRole("button", { name: "Set new password" }).click();
    await page.getByRole("link", { name: "Sign in with it now" }).click();
    await page.getByLabel("Email").fill(fan.email);
    await page.getByLabel("Password").fill("Reset-Pass-2026");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/me\/bookings$/);
    expectNoProblems(visitor);
    await visitor.context.close();
  });
});
