import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { request } from "../support/http";
import { codeFrom, emailsTo, waitForSubject } from "../support/mailbox";
import { waitForText } from "../support/sms-outbox";
import { expectAccessible, expectFitsWidth, expectNoProblems, launchBrowser, newVisitor, saveScreenshot } from "../support/browser";
import { bookThroughApi, publishedEvent } from "./fixtures";

/**
 * Signing in without a password, on a phone (390 × 844): on an event page a signed-out visitor gives an
 * email, reads the code from the mailbox, enters it and is booked, all in the booking panel; on the account
 * page a fan turns on texts, which the SMS outbox then receives.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const site = () => inject("site").siteUrl;
const newYork = (instant: string) => new Intl.DateTimeFormat("en-GB", { timeZone: "America/New_York", timeStyle: "short" }).format(new Date(instant));

describe("an emailed code, on a phone", () => {
  it("a signed-out visitor on an event page: email → code from the mailbox → booked, on the same screen", async () => {
    const event = await publishedEvent(`Code session ${Date.now()}`, [{ startTime: "16:00", endTime: "16:30", capacity: 2 }]);
    const slot = event.slots[0] as unknown as { id: string; startsAt: string; endsAt: string };
    const email = `code-fan-${Date.now()}@example.test`;
    const visitor = await newVisitor(browser);
    const { page } = visitor;

    await page.goto(`${site()}/e/${event.slug}`);
    await page.getByRole("button", { name: `Book ${newYork(slot.startsAt)}–${newYork(slot.endsAt)}` }).click();
    const panel = page.locator(".booking-panel");
    // The code is what a signed-out visitor is offered first.
    await expect.poll(() => panel.getByRole("button", { name: "Email a code" }).getAttribute("aria-pressed")).toBe("true");
    await panel.getByLabel("Email").fill(email);
    await panel.getByLabel("Your name (if you're new here)").fill("Cora Code");
    await expectAccessible(page, "the inline code sign-in");
    await expectFitsWidth(page, "the inline code sign-in");
    await panel.getByRole("button", { name: "Email me a code" }).click();

    await panel.getByText(`We've emailed a 6-digit code to ${email}.`).waitFor();
    await panel.getByLabel("Code from the email").fill(await codeFrom(email, 0));
    await expectAccessible(page, "the code step");
    await saveScreenshot(page, "code-sign-in");
    const path = new URL(page.url()).pathname;
    await panel.getByRole("button", { name: "Sign in and book" }).click();

    await page.getByRole("heading", { name: "You're booked" }).waitFor();
    // One booked state: the confirmation (focused, so announced), and no second notice repeating it.
    expect(await page.getByRole("region", { name: "You're booked" }).textContent()).toContain(event.title);
    expect(await page.getByRole("status").filter({ hasText: event.title }).count()).toBe(0);
    expect(new URL(page.url()).pathname).toBe(path);
    await expectFitsWidth(page, "the booking confirmation after a code sign-in");
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(["slotbook.refreshToken"]);

    // The new fan account holds the booking, and got the booking's confirmation email.
    await waitForSubject(email, /^Booked:/);
    const subjects = (await emailsTo(email)).map((mail) => mail.subject);
    expect(subjects).toEqual(["Your Slotbook sign-in code", expect.stringMatching(/^Booked:/)]);
    expect((await request("GET", `/api/events/${event.id}/bookings`, { token: event.adminToken })).body.items).toEqual([
      expect.objectContaining({ slotId: slot.id, fanEmail: email, fanName: "Cora Code", status: "confirmed" }),
    ]);
    expectNoProblems(visitor);
    await visitor.context.close();
  });

  it("a wrong code is said so, and a new code works; then on the account page the fan turns on texts (off without a phone)", async () => {
    const email = `sms-fan-${Date.now()}@example.test`;
    const phone = `+4917${String(Date.now()).slice(-8)}`;
    const visitor = await newVisitor(browser);
    const { page } = visitor;

    await page.goto(`${site()}/signin?next=%2Fme%2Faccount`);
    await page.getByRole("button", { name: "Email me a sign-in code instead" }).click();
    await page.getByLabel("Email").fill(email);
    await page.getByRole("button", { name: "Email me a code" }).click();
    const first = await codeFrom(email, 0);
    await page.getByLabel("Code from the email").fill(first === "000000" ? "000001" : "000000");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.getByRole("alert").filter({ hasText: "That code is wrong or has expired." }).waitFor();
    await page.getByRole("button", { name: "Send a new code" }).click();
    await page.getByText(`A new code is on its way to ${email}.`).waitFor();
    await page.getByLabel("Code from the email").fill(await codeFrom(email, 1));
    await page.getByRole("button", { name: "Sign in", exact: true }).click();

    await page.getByRole("heading", { name: "Your account" }).waitFor();
    const texts = page.getByLabel("Also text me booking confirmations, reminders and waitlist offers");
    await expect.poll(() => texts.isDisabled()).toBe(true);
    await page.getByText("Add a phone number to get texts.").waitFor();
    await page.getByLabel("Phone (optional)").fill(phone);
    await expect.poll(() => texts.isEnabled()).toBe(true);
    await texts.check();
    await expectAccessible(page, "the account page with texts on");
    await expectFitsWidth(page, "the account page with texts on");
    await page.getByRole("button", { name: "Save profile" }).click();
    await page.getByText("Your profile is saved.").waitFor();
    await page.reload();
    await expect.poll(() => texts.isChecked()).toBe(true);

    // A booking made now (through the API, with this session's refresh token) is texted to that number.
    const event = await publishedEvent(`Texted session ${Date.now()}`, [{ startTime: "17:00", endTime: "17:30", capacity: 2 }]);
    const refreshed = await request("POST", "/api/auth/refresh", { body: { refreshToken: await page.evaluate(() => localStorage.getItem("slotbook.refreshToken")) } });
    await bookThroughApi(refreshed.body.accessToken, event.slots[0]!.id);
    expect((await waitForText(phone, 0, 15_000)).message).toContain(`Slotbook: booked, ${event.title}, `);
    expectNoProblems(visitor);
    await visitor.context.close();
  });
});
