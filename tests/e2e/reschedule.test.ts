import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { request } from "../support/http";
import { waitForSubject } from "../support/mailbox";
import { expectAccessible, expectFitsWidth, expectNoProblems, launchBrowser, newVisitor, saveScreenshot } from "../support/browser";
import { bookThroughApi, newUser, publishedEvent } from "./fixtures";

/** Moving a booking to another time of its event, from My bookings, on a phone. */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** What a viewer in New York reads for an instant (the tests' browsers are set to that zone and en-GB). */
const newYork = (instant: string) => new Intl.DateTimeFormat("en-GB", { timeZone: "America/New_York", timeStyle: "short" }).format(new Date(instant));

async function signIn(page: Page, fan: { email: string; password: string }, next: string) {
  await page.goto(`${inject("site").siteUrl}/signin?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email").fill(fan.email);
  await page.getByLabel("Password").fill(fan.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

describe("rescheduling, on a phone", () => {
  it("a fan moves a booking to another time with room from My bookings; a time that fills up meanwhile is refused and the booking stays", async () => {
    const event = await publishedEvent(`Portfolio review ${Date.now()}`, [
      { startTime: "18:00", endTime: "18:30", capacity: 1 },
      { startTime: "19:00", endTime: "19:30", capacity: 1 },
      { startTime: "20:00", endTime: "20:30", capacity: 2 },
    ]);
    const [first, full, later] = event.slots as unknown as Array<{ id: string; startsAt: string; endsAt: string }>;
    await bookThroughApi((await newUser("fan")).accessToken, full!.id);
    const fan = await newUser("fan", "Rita Rescheduler");
    const booked = await bookThroughApi(fan.accessToken, first!.id);
    const visitor = await newVisitor(browser);
    const { page } = visitor;

    await signIn(page, fan, "/me/bookings");
    await page.getByRole("heading", { level: 1, name: "My bookings" }).waitFor();
    await page.getByRole("button", { name: `Move booking for ${event.title}` }).click();
    const dialog = page.getByRole("dialog", { name: "Move this booking" });
    await dialog.waitFor();
    // Only the times with room are offered: not the booked one, not the full one.
    const choices = dialog.getByRole("radio");
    await expect.poll(() => choices.count()).toBe(1);
    const laterRange = `${newYork(later!.startsAt)}–${newYork(later!.endsAt)}`;
    await dialog.getByText(laterRange).waitFor();
    await expectAccessible(page, "the move dialog");
    await expectFitsWidth(page, "the move dialog");
    await saveScreenshot(page, "move-booking");
    await choices.first().check();
    await dialog.getByRole("button", { name: "Move my booking" }).click();
    await page.getByRole("status").filter({ hasText: `Moved your booking for ${event.title}` }).waitFor();
    await expect.poll(() => page.locator(".booking time").first().textContent()).toBe(laterRange);
    expect(await dialog.count()).toBe(0);
    const mine = (await request("GET", "/api/bookings", { token: fan.accessToken })).body.items as Array<{ id: string; slotId: string }>;
    expect(mine.map((item) => item.slotId)).toEqual([later!.id]);
    await waitForSubject(fan.email, new RegExp(`^Moved: ${event.title}`), 20_000);

    // Back to the first time, but someone takes its one seat while the fan is choosing: refused, nothing moves.
    await page.getByRole("button", { name: `Move booking for ${event.title}` }).click();
    await dialog.waitFor();
    const firstRange = `${newYork(first!.startsAt)}–${newYork(first!.endsAt)}`;
    await dialog.getByText(firstRange).waitFor();
    await bookThroughApi((await newUser("fan")).accessToken, first!.id);
    await dialog.getByRole("radio").first().check();
    await dialog.getByRole("button", { name: "Move my booking" }).click();
    await dialog.getByRole("alert").filter({ hasText: "That slot is full" }).waitFor();
    // The list is read again: the time that filled up is no longer offered.
    await expect.poll(() => dialog.getByRole("radio").count()).toBe(0);
    await expectAccessible(page, "the move dialog after a refusal");
    await dialog.getByRole("button", { name: "Keep it" }).click();
    expect((await request("GET", "/api/bookings", { token: fan.accessToken })).body.items.map((item: { slotId: string }) => item.slotId)).toEqual([later!.id]);
    expect((await request("GET", `/api/bookings/${booked.id}`, { token: fan.accessToken })).status).toBe(404);
    expectNoProblems(visitor);
    await visitor.context.close();
  });
});
