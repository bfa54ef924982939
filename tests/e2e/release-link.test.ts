import { randomInt } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { sendRemindersFunction } from "@slotbook/functions/scheduled/definition";
import { request } from "../support/http";
import { waitForSubject } from "../support/mailbox";
import { expectAccessible, expectFitsWidth, expectNoProblems, launchBrowser, newVisitor, saveScreenshot } from "../support/browser";
import { bookThroughApi, newUser, publishedEvent, signInOrganiser } from "./fixtures";

/** Reminders in the browser, on a phone: the "Release my seat" link (no sign-in) and the organiser's reminder times. */
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

describe("reminders, on a phone", () => {
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

  it("the organiser sets an event's reminders in its form (a day before by default); a time it can't read is refused and nothing is saved", async () => {
    const admin = await newUser("admin", "Remi Organiser");
    const created = await request("POST", "/api/events", {
      token: admin.accessToken,
      body: { title: `Reminders ${Date.now()}`, date: new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10), timezone: "Europe/Berlin", slots: [{ startTime: "10:00", endTime: "11:00" }] },
    });
    expect(created.body.reminders).toEqual([1440]);
    const visitor = await newVisitor(browser);
    const { page } = visitor;
    await signInOrganiser(page, admin, `/admin/events/${encodeURIComponent(created.body.id)}`);
    const field = page.getByRole("textbox", { name: "Reminders" });
    await expect.poll(() => field.inputValue()).toBe("1d");
    await field.fill("2h, 30m");
    await expectAccessible(page, "the event form's reminders");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByText("Changes saved.").waitFor();
    expect((await request("GET", `/api/events/${created.body.id}`, { token: admin.accessToken })).body.reminders).toEqual([120, 30]);

    await field.fill("2h, soon");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByRole("alert").filter({ hasText: '"soon" is not a time before the slot' }).waitFor();
    expect((await request("GET", `/api/events/${created.body.id}`, { token: admin.accessToken })).body.reminders).toEqual([120, 30]);
    expectNoProblems(visitor);
    await visitor.context.close();
  });
});
