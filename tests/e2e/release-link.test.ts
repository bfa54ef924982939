import { randomInt } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { sendRemindersFunction } from "@slotbook/functions/scheduled/definition";
import { request } from "../support/http";
import { waitForSubject } from "../support/mailbox";
import { expectAccessible, expectFitsWidth, expectNoProblems, launchBrowser, newVisitor, saveScreenshot } from "../support/browser";
import { bookThroughApi, newUser, publishedEvent } from "./fixtures";

/** A reminder's "Release my seat" link, opened on a phone without signing in. */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** The reminder sweep, run now with a clock of the test's own (as EventBridge runs it every minute). */
async function sweepAt(time: number): Promise<void> {
  const response = await fetch(`${inject("localCloud").apiUrl}/2015-03-31/functions/${sendRemindersFunction.functionName}/invocations`, { method: "POST", body: JSON.stringify({ time: new Date(time).toISOString() }) });
  expect(response.headers.get("x-amz-function-error")).toBeNull();
}

describe("the release link, on a phone", () => {
  it("shows the booking, releases the seat on confirming, and says clearly when the link was used or tampered with", async () => {
    // Far ahead, so the sweep at its reminder's time meets no other test's bookings.
    const event = await publishedEvent(`Life drawing ${Date.now()}`, [{ startTime: "06:07", endTime: "07:07", capacity: 1 }], 400 + randomInt(500));
    const slot = event.slots[0] as unknown as { id: string; startsAt: string };
    const fan = await newUser("fan", "Rey Releaser");
    const booked = await bookThroughApi(fan.accessToken, slot.id);
    await sweepAt(Date.parse(slot.startsAt) - 1439 * 60_000);
    const reminder = await waitForSubject(fan.email, new RegExp(`^Reminder: ${event.title}`), 20_000);
    const path = /\/release\?token=[^\s"<>]+/.exec(reminder.body.text ?? "")?.[0];
    expect(path, "the reminder's release link").toBeDefined();

    const visitor = await newVisitor(browser);
    const { page } = visitor;
    await page.goto(`${inject("site").siteUrl}${path}`);
    await page.getByRole("heading", { level: 1, name: "Release your seat" }).waitFor();
    await page.getByRole("link", { name: event.title }).waitFor();
    await page.getByText("Rey Releaser").waitFor();
    await expectAccessible(page, "the release page");
    await expectFitsWidth(page, "the release page");
    await saveScreenshot(page, "release-seat");
    await page.getByRole("button", { name: "Yes, release my seat" }).click();
    await page.getByRole("status").filter({ hasText: "Your seat is released" }).waitFor();
    expect((await request("GET", `/api/bookings/${booked.id}`, { token: fan.accessToken })).status).toBe(404);
    expect((await request("GET", `/api/events/public/${event.slug}/slots`)).body.items[0].available).toBe(1);

    // The same link again: the booking is gone. An edited link: not valid. Neither offers to release anything.
    await page.goto(`${inject("site").siteUrl}${path}`);
    await page.getByRole("alert").filter({ hasText: "This booking no longer exists" }).waitFor();
    await page.goto(`${inject("site").siteUrl}${path!.slice(0, -3)}${path!.endsWith("abc") ? "xyz" : "abc"}`);
    await page.getByRole("alert").filter({ hasText: "This link is not valid" }).waitFor();
    expect(await page.getByRole("button", { name: "Yes, release my seat" }).count()).toBe(0);
    await expectAccessible(page, "the release page with a bad link");
    expectNoProblems(visitor);
    await visitor.context.close();
  });
});
