import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { expireOffersFunction } from "@slotbook/functions/scheduled/definition";
import { request } from "../support/http";
import { waitForSubject } from "../support/mailbox";
import { expectAccessible, expectFitsWidth, expectNoProblems, launchBrowser, newVisitor, saveScreenshot } from "../support/browser";
import { bookThroughApi, newUser, publishedEvent, signInFan } from "./fixtures";

/**
 * The on-sale moment in the browser, on a phone: a full slot's waitlist from the public page to a claimed
 * booking (through the offer email's link), an expired offer, and a countdown to the opening that follows the
 * server's clock when the phone's is wrong.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const site = () => inject("site").siteUrl;


/** The offer sweep, run now with a clock of the test's own (as EventBridge runs it every minute). */
async function sweepAt(time: Date): Promise<void> {
  const response = await fetch(`${inject("localCloud").apiUrl}/2015-03-31/functions/${expireOffersFunction.functionName}/invocations`, {
    method: "POST",
    body: JSON.stringify({ time: time.toISOString() }),
  });
  expect(response.status).toBe(200);
}

/** The claim link in the fan's offer email, as a path on this site. */
async function claimLinkFor(email: string, title: string): Promise<string> {
  const offer = await waitForSubject(email, new RegExp(`^A place is free: ${title}`), 20_000);
  const path = /\/me\/waitlist\/[^\s"'<>/]+\/claim/.exec(offer.body.text ?? "")?.[0];
  expect(path, "the offer email's claim link").toBeDefined();
  return path!;
}

describe("a full slot's waitlist, on a phone", () => {
  it("a fan joins from the event page (#1), is offered the seat when the holder cancels, sees it in My waitlist with time left, claims it through the emailed link, and has the booking", async () => {
    const event = await publishedEvent(`Sold-out session ${Date.now()}`, [{ startTime: "18:00", endTime: "19:00", capacity: 1 }]);
    const slotId = event.slots[0]!.id;
    const holder = await newUser("fan", "Seat Holder");
    const held = await bookThroughApi(holder.accessToken, slotId);
    const fan = await newUser("fan", "Wendy Waiter");
    const visitor = await newVisitor(browser);
    const { page } = visitor;

    // The public page: the slot is full, and offers its waitlist with the place the fan would take.
    await signInFan(page, fan, `/e/${event.slug}`);
    await page.getByRole("heading", { level: 1, name: event.title }).waitFor();
    await expect.poll(() => page.locator(".slot .availability").textContent()).toBe("Full");
    expect(await page.getByRole("button", { name: /^Book / }).count()).toBe(0);
    await page.getByRole("button", { name: /^Join the waitlist \(you'd be #1\)/ }).click();
    await page.getByRole("heading", { name: "Join the waitlist" }).waitFor();
    await expectAccessible(page, "the waitlist panel");
    await page.getByRole("button", { name: "Join the waitlist", exact: true }).click();
    await page.getByRole("status").filter({ hasText: "You're on the waitlist: #1 in line." }).waitFor();
    await expectAccessible(page, "the event page after joining the waitlist");
    await expectFitsWidth(page, "the event page after joining the waitlist");
    await saveScreenshot(page, "waitlist-joined");

    // My waitlist: waiting, #1.
    await page.getByRole("link", { name: "My waitlist" }).first().click();
    await page.getByRole("heading", { level: 1, name: "My waitlist" }).waitFor();
    await page.getByText("You're #1 in line.").waitFor();
    await expectAccessible(page, "My waitlist (waiting)");

    // The holder cancels on another device: the seat is offered to the fan, and the open page shows it.
    expect((await request("DELETE", `/api/bookings/${held.id}`, { token: holder.accessToken })).status).toBe(204);
    const claimButton = page.getByRole("button", { name: `Claim my seat for ${event.title}` });
    await expect.poll(() => claimButton.count(), { timeout: 20_000 }).toBe(1);
    // The slot is ten days away: the offer holds two hours, counted down on the page.
    const timeLeft = page.locator(".offer [role=timer]");
    await expect.poll(() => timeLeft.textContent()).toMatch(/^1 hour 5\d minutes$|^2 hours$/);
    await expectAccessible(page, "My waitlist with an offer");
    await expectFitsWidth(page, "My waitlist with an offer");
    await saveScreenshot(page, "my-waitlist-offer");

    // The offer email's one-tap link: the claim page, then the booking.
    await page.goto(`${site()}${await claimLinkFor(fan.email, event.title)}`);
    await page.getByRole("heading", { level: 1, name: "Claim your seat" }).waitFor();
    await page.getByRole("link", { name: event.title, exact: true }).waitFor();
    await expect.poll(() => page.locator("[role=timer]").textContent()).toMatch(/^1 hour 5\d minutes$|^2 hours$/);
    await expectAccessible(page, "the claim page");
    await expectFitsWidth(page, "the claim page");
    await saveScreenshot(page, "claim-offer");
    await page.getByRole("button", { name: "Claim my seat" }).click();
    await page.getByRole("heading", { name: "You're booked" }).waitFor();
    await expectAccessible(page, "the claim page after claiming");

    // My bookings has it; the seat is the fan's (and no longer held).
    await page.getByRole("link", { name: "My bookings" }).first().click();
    await page.getByRole("heading", { level: 1, name: "My bookings" }).waitFor();
    await page.getByRole("link", { name: event.title, exact: true }).waitFor();
    const slot = (await request("GET", `/api/events/${event.id}`, { token: event.adminToken })).body.slots[0];
    expect({ booked: slot.bookedCount, held: slot.heldCount, waiting: slot.waitlistLength }).toEqual({ booked: 1, held: 0, waiting: 0 });
    expectNoProblems(visitor);
    await visitor.context.close();
  });

  it("an offer that ran out: the emailed link (after signing in) says clearly that it expired, and claims nothing", async () => {
    const event = await publishedEvent(`Missed it ${Date.now()}`, [{ startTime: "20:00", endTime: "21:00", capacity: 1 }]);
    const slotId = event.slots[0]!.id;
    const holder = await newUser("fan");
    const held = await bookThroughApi(holder.accessToken, slotId);
    const fan = await newUser("fan", "Late Larry");
    expect((await request("POST", "/api/waitlist", { token: fan.accessToken, body: { slotId } })).status).toBe(201);
    expect((await request("DELETE", `/api/bookings/${held.id}`, { token: holder.accessToken })).status).toBe(204);
    const link = await claimLinkFor(fan.email, event.title);
    await sweepAt(new Date(Date.now() + 3 * 3600_000));

    const visitor = await newVisitor(browser);
    const { page } = visitor;
    // Signed out, the link goes to sign in first and comes back to the claim page.
    await page.goto(`${site()}${link}`);
    await page.waitForURL(/\/signin\?next=/);
    await page.getByLabel("Email").fill(fan.email);
    await page.getByLabel("Password").fill(fan.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { level: 1, name: "Claim your seat" }).waitFor();
    expect(new URL(page.url()).pathname).toBe(link);
    await page.getByRole("alert").filter({ hasText: "This offer has expired" }).waitFor();
    expect(await page.getByRole("button", { name: "Claim my seat" }).count()).toBe(0);
    await expectAccessible(page, "the claim page of an expired offer");
    await expectFitsWidth(page, "the claim page of an expired offer");
    await saveScreenshot(page, "claim-offer-expired");
    expect((await request("GET", "/api/bookings", { token: fan.accessToken })).body.items).toEqual([]);
    expectNoProblems(visitor);
    await visitor.context.close();
  });
});

describe("the opening, on a phone whose clock is wrong", () => {
  it("counts down by the server's clock and turns the Book button on at the opening instant, without a reload", async () => {
    const opensAt = new Date(Date.now() + 15_000);
    const admin = await newUser("admin", "Event Organiser");
    const created = await request("POST", "/api/events", {
      token: admin.accessToken,
      body: {
        title: `On sale soon ${Date.now()}`,
        date: new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10),
        timezone: "Europe/Berlin",
        slots: [{ startTime: "10:00", endTime: "10:30", capacity: 5 }],
        bookingOpensAt: opensAt.toISOString(),
        maxBookingsPerFan: 2,
      },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const published = await request("POST", `/api/events/${created.body.id}/publish`, { token: admin.accessToken });
    expect(published.status).toBe(200);

    const visitor = await newVisitor(browser);
    const { page } = visitor;
    // The phone's clock is ten minutes slow: by it, the opening is still more than ten minutes away.
    await page.clock.install({ time: new Date(Date.now() - 10 * 60_000) });
    await page.goto(`${site()}/e/${published.body.slug}`);
    expect(Math.abs(((await page.evaluate("Date.now()")) as number) - (Date.now() - 10 * 60_000))).toBeLessThan(30_000);
    const countdown = page.locator("[role=timer]");
    await expect.poll(() => countdown.textContent()).toMatch(/^Booking opens in \d{1,2} seconds?$/);
    const book = page.getByRole("button", { name: /^Book / });
    expect(await book.isDisabled()).toBe(true);
    await page.getByText("You can book up to 2 slots of this event.").waitFor();
    await expectAccessible(page, "the event page before booking opens");
    await expectFitsWidth(page, "the event page before booking opens");
    await saveScreenshot(page, "booking-opens-countdown");

    // It opens at the server's instant (not ten minutes later): the button turns on in place.
    await expect.poll(() => book.isEnabled(), { timeout: 25_000 }).toBe(true);
    expect(Date.now()).toBeGreaterThanOrEqual(opensAt.getTime() - 1500);
    await page.getByRole("status").filter({ hasText: "Booking is open now." }).waitFor();
    expect(await countdown.count()).toBe(0);
    await book.click();
    await page.getByRole("heading", { name: "Book this slot" }).waitFor();
    expectNoProblems(visitor);
    await visitor.context.close();
  });
});

describe("the organiser, on a phone", () => {
  it("sees each slot's held seats and its waitlist in order with the live offer, and sets the booking rules (opening in the event's zone, limits, waitlist)", async () => {
    const { siteUrl, admin } = inject("site");
    const login = await request("POST", "/api/auth/login", { body: { email: admin.email, password: admin.password } });
    expect(login.status, JSON.stringify(login.body)).toBe(200);
    const adminToken = login.body.accessToken as string;
    const date = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    // Kolkata keeps one offset all year (+05:30): the instant a wall-clock time there means is plain to write.
    const created = await request("POST", "/api/events", {
      token: adminToken,
      body: { title: `Queue night ${Date.now()}`, date, timezone: "Asia/Kolkata", slots: [{ startTime: "19:00", endTime: "20:00", capacity: 1 }] },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect((await request("POST", `/api/events/${created.body.id}/publish`, { token: adminToken })).status).toBe(200);
    const slotId = created.body.slots[0].id as string;
    const holder = await newUser("fan");
    const held = await bookThroughApi(holder.accessToken, slotId);
    const [first, second] = [await newUser("fan", "Olga Offered"), await newUser("fan", "Walt Waiting")];
    for (const fan of [first!, second!]) expect((await request("POST", "/api/waitlist", { token: fan.accessToken, body: { slotId } })).status).toBe(201);
    expect((await request("DELETE", `/api/bookings/${held.id}`, { token: holder.accessToken })).status).toBe(204);
    await expect
      .poll(async () => (await request("GET", `/api/events/${created.body.id}/waitlist`, { token: adminToken })).body.items[0].entries.map((e: { status: string }) => e.status), { timeout: 20_000 })
      .toEqual(["offered", "waiting"]);

    const visitor = await newVisitor(browser);
    const { page } = visitor;
    await page.goto(`${siteUrl}/admin/events/${encodeURIComponent(created.body.id)}`);
    await page.getByRole("button", { name: "Continue to sign-in" }).click();
    await page.getByLabel("Email address").fill(admin.email);
    await page.getByLabel("Password").fill(admin.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { name: "Slots and waitlists" }).waitFor();

    // The slot overview: 1 place, 0 booked, 1 held for the offer, 0 free, 1 still waiting, 0 checked in.
    const row = page.getByRole("region", { name: "Slots and waitlists" }).locator("tbody tr");
    await expect.poll(() => row.locator("th").textContent()).toContain("19:00–20:00");
    await expect.poll(() => row.locator("td").allTextContents().then((cells) => cells.map((cell) => cell.trim()))).toEqual(["1", "0", "1", "0", "1", "0"]);
    const queue = page.locator(".waitlist-queue li");
    await expect.poll(() => queue.allTextContents()).toEqual([
      expect.stringMatching(/^Olga Offered — offered seats until \d\d:\d\d \((1 hour 5\d minutes|2 hours) left\)$/),
      "Walt Waiting — waiting, #1",
    ]);
    await expectAccessible(page, "the organiser's event page with a waitlist");
    await expectFitsWidth(page, "the organiser's event page with a waitlist");
    await saveScreenshot(page, "admin-slot-waitlist");

    // The booking rules: the opening on the event's clock (the viewer is in New York), a limit, parties, no waitlist.
    const opening = new Date(Date.now() + 9 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel("Booking opens").fill(`${opening}T09:00`);
    await page.getByLabel("Most slots per fan").fill("2");
    await page.getByLabel("Seats per booking").fill("3");
    await page.getByLabel(/^Keep a waitlist/).uncheck();
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByText("Changes saved.").waitFor();
    const saved = (await request("GET", `/api/events/${created.body.id}`, { token: adminToken })).body;
    expect({ opensAt: saved.bookingOpensAt, closesAt: saved.bookingClosesAt, limit: saved.maxBookingsPerFan, party: saved.maxPartySize, waitlist: saved.waitlist }).toEqual({
      opensAt: new Date(`${opening}T09:00:00+05:30`).toISOString(),
      closesAt: null,
      limit: 2,
      party: 3,
      waitlist: false,
    });
    expect(await page.getByLabel("Booking opens").inputValue()).toBe(`${opening}T09:00`);
    await expectAccessible(page, "the event form with booking rules");
    expectNoProblems(visitor);
    await visitor.context.close();
  });
});
