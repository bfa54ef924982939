import { afterAll, beforeAll, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { expectAccessible, focused, expectNoProblems, launchBrowser, newVisitor } from "../support/browser";
import { newUser, publishedEvent } from "./fixtures";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** A fan signed in through the sign-in page, left on the event page with the slot's booking panel open. */
async function fanReadyToBook(page: Page, slug: string, slotId: string) {
  const fan = await newUser("fan");
  const eventPath = `/e/${slug}?slot=${encodeURIComponent(slotId)}`;
  await page.goto(`${inject("site").siteUrl}/signin?next=${encodeURIComponent(eventPath)}`);
  await page.getByLabel("Email").fill(fan.email);
  await page.getByLabel("Password").fill(fan.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("button", { name: "Confirm booking" }).waitFor();
}

it("two fans race for the last seat: exactly one is booked, the other is told it filled and sees it Full", async () => {
  const event = await publishedEvent(`Last seat ${Date.now()}`, [{ startTime: "18:00", endTime: "19:00", capacity: 1 }]);
  const slotId = event.slots[0]!.id;
  // Two separate browser profiles: two people on two devices.
  const [first, second] = await Promise.all([newVisitor(browser), newVisitor(browser)]);
  await Promise.all([fanReadyToBook(first.page, event.slug, slotId), fanReadyToBook(second.page, event.slug, slotId)]);

  await Promise.all([first, second].map((visitor) => visitor.page.getByRole("button", { name: "Confirm booking" }).click()));
  const outcome = (page: Page) =>
    Promise.race([
      page.getByRole("heading", { name: "You're booked" }).waitFor().then(() => "booked" as const),
      page.getByRole("status").filter({ hasText: "just filled up" }).waitFor().then(() => "filled" as const),
    ]);
  const outcomes = await Promise.all([outcome(first.page), outcome(second.page)]);
  expect([...outcomes].sort()).toEqual(["booked", "filled"]); // a copy: sorting in place would lose who won

  const loser = outcomes[0] === "filled" ? first : second;
  const winner = loser === first ? second : first;
  await expect.poll(() => loser.page.locator(".slot .availability").textContent()).toBe("Full");
  expect(await loser.page.getByRole("button", { name: /^Book / }).count()).toBe(0);
  await expect.poll(async () => (await focused(loser.page)).text).toBe("Choose a time");
  await expectAccessible(loser.page, "the event page after losing the race");
  expect(await winner.page.getByRole("heading", { name: "You're booked" }).count()).toBe(1);
  expectNoProblems(first);
  expectNoProblems(second);
  await Promise.all([first.context.close(), second.context.close()]);
});
