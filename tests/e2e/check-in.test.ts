import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { request } from "../support/http";
import { desktop, expectAccessible, expectFitsWidth, expectNoProblems, launchBrowser, newVisitor, phone } from "../support/browser";
import { newUser, publishedEvent, signInFan, signInOrganiser } from "./fixtures";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe("check-in at the door", () => {
  it("a fan shows the code from their booking page; the organiser checks one fan in by name and another by scanning a photo of the code", async () => {
    const event = await publishedEvent(`Door check-in ${Date.now()}`, [
      { startTime: "18:00", endTime: "19:00", capacity: 5 },
      { startTime: "19:00", endTime: "20:00", capacity: 5 },
    ], 10, { maxPartySize: 3 });
    const [nina, omar, pia] = [await newUser("fan", "Nina Namesearch"), await newUser("fan", "Omar Qrcode"), await newUser("fan", "Pia Later")];
    const bookAs = async (fan: { accessToken: string }, slotId: string, seats = 1) => {
      const booked = await request("POST", "/api/bookings", { token: fan.accessToken, body: { slotId, seats } });
      expect(booked.status, JSON.stringify(booked.body)).toBe(201);
      return booked.body as { id: string };
    };
    await bookAs(nina!, event.slots[0]!.id);
    const omarsBooking = await bookAs(omar!, event.slots[0]!.id, 2);
    await bookAs(pia!, event.slots[1]!.id);

    // The fan's booking page: the code to show at the door.
    const fan = await newVisitor(browser, { viewport: phone });
    await signInFan(fan.page, omar!, `/me/bookings/${encodeURIComponent(omarsBooking.id)}`);
    const code = fan.page.getByRole("img", { name: `Check-in code for ${event.title}` });
    await code.waitFor();
    await expectAccessible(fan.page, "the fan's booking page");
    await expectFitsWidth(fan.page, "the fan's booking page");
    const photoOfCode = await code.screenshot();

    // The organiser at the door, on a phone.
    const door = await newVisitor(browser, { viewport: phone });
    const { page } = door;
    await signInOrganiser(page, event.organiser, `/admin/events/${encodeURIComponent(event.id)}`);
    await page.getByRole("link", { name: "Check-in at the door" }).click();
    await page.getByRole("heading", { name: `Check-in: ${event.title}`, level: 1 }).waitFor();
    await page.getByText("0 of 4 booked seats arrived.").waitFor();
    const firstSlot = page.getByRole("region", { name: /18:00–19:00/ });
    await expect.poll(() => firstSlot.getByRole("heading").textContent()).toMatch(/3 expected, 0 arrived/);
    await expectAccessible(page, "the check-in page");
    await expectFitsWidth(page, "the check-in page");

    // By name.
    await page.getByLabel("Find by name or email").fill("nina");
    await page.getByRole("button", { name: "Check in Nina Namesearch" }).click();
    await page.getByRole("status").filter({ hasText: "Checked in: Nina Namesearch." }).waitFor();
    await page.getByText("1 of 4 booked seats arrived.").waitFor();
    await page.getByLabel("Find by name or email").fill("");

    // By a photo of the code (decoded in the browser: BarcodeDetector where it has one, jsQR otherwise).
    await page.getByLabel("Scan from a photo").setInputFiles({ name: "code.png", mimeType: "image/png", buffer: photoOfCode });
    await page.getByRole("status").filter({ hasText: "Checked in: Omar Qrcode (party of 2)." }).waitFor();
    await page.getByText("3 of 4 booked seats arrived.").waitFor();
    await expect.poll(() => firstSlot.getByRole("heading").textContent()).toMatch(/0 expected, 3 arrived/);
    await expect.poll(() => page.getByRole("region", { name: /19:00–20:00/ }).getByRole("heading").textContent()).toMatch(/1 expected, 0 arrived/);
    // A second scan of the same code changes nothing.
    await page.getByLabel("Scan from a photo").setInputFiles({ name: "code-again.png", mimeType: "image/png", buffer: photoOfCode });
    await page.getByRole("status").filter({ hasText: "Omar Qrcode (party of 2) was already checked in." }).waitFor();
    await expectAccessible(page, "the check-in page after arrivals");

    // The event's dashboard: seats booked of all places, waiting, checked in; per slot with a fill bar.
    await page.getByRole("link", { name: "Back to the event" }).click();
    const totals = page.getByRole("definition");
    await expect.poll(() => totals.allTextContents().then((all) => all.map((text) => text.trim()))).toEqual(["4 of 10", "0", "3"]);
    const overview = page.getByRole("region", { name: "Slots and waitlists" });
    const rowCells = (time: RegExp) => overview.locator("tbody tr", { has: page.getByRole("rowheader", { name: time }) }).locator("td").allTextContents().then((cells) => cells.map((cell) => cell.trim()));
    await expect.poll(() => rowCells(/18:00–19:00/)).toEqual(["5", "3", "0", "2", "0", "3"]);
    await expect.poll(() => rowCells(/19:00–20:00/)).toEqual(["5", "1", "0", "4", "0", "0"]);
    expect(await overview.getByRole("meter", { name: "3 of 5 booked" }).count()).toBe(1);
    // A booking made meanwhile shows once the page reads again.
    const late = await newUser("fan", "Quinn Late");
    await bookAs(late, event.slots[1]!.id);
    await page.reload();
    await expect.poll(() => rowCells(/19:00–20:00/)).toEqual(["5", "2", "0", "3", "0", "0"]);
    await expectAccessible(page, "the event dashboard");
    await expectFitsWidth(page, "the event dashboard");

    // The fan's page says so.
    await fan.page.reload();
    await fan.page.getByText(/^Checked in at /).waitFor();

    expectNoProblems(fan);
    expectNoProblems(door);
    await fan.context.close();
    await door.context.close();
  });

  it("fits a laptop too", async () => {
    const event = await publishedEvent(`Door laptop ${Date.now()}`, [{ startTime: "18:00", endTime: "19:00", capacity: 2 }]);
    const fan = await newUser("fan", "Lara Laptop");
    expect((await request("POST", "/api/bookings", { token: fan.accessToken, body: { slotId: event.slots[0]!.id } })).status).toBe(201);
    const door = await newVisitor(browser, { viewport: desktop });
    await signInOrganiser(door.page, event.organiser, `/admin/events/${encodeURIComponent(event.id)}/check-in`);
    await door.page.getByRole("button", { name: "Check in Lara Laptop" }).click();
    await door.page.getByText("1 of 1 booked seats arrived.").waitFor();
    await expectAccessible(door.page, "the check-in page on a laptop");
    expectNoProblems(door);
    await door.context.close();
  });
});
