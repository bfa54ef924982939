import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { request } from "../support/http";
import { waitForSubject } from "../support/mailbox";
import { desktop, expectAccessible, expectFitsWidth, expectNoProblems, launchBrowser, newVisitor, phone, saveScreenshot } from "../support/browser";
import { bookThroughApi, dateInDays, newUser } from "./fixtures";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe("an organiser", () => {
  it("signs in through the hosted UI, creates an event with generated slots, publishes it, sees a fan's booking, exports it, deletes the event", async () => {
    const visitor = await newVisitor(browser, { viewport: desktop, timezoneId: "Europe/Berlin" });
    const { page } = visitor;
    const { siteUrl, admin } = inject("site");
    const title = `Portrait sessions ${Date.now()}`;

    // Sign in: the dashboard sends us to the organiser sign-in, which hands over to the hosted UI (code + PKCE).
    await page.goto(`${siteUrl}/admin`);
    await page.waitForURL(/\/admin\/signin\?next=%2Fadmin$/);
    await expectAccessible(page, "the organiser sign-in page");
    await page.getByRole("button", { name: "Continue to sign-in" }).click();
    await page.waitForURL((url) => url.pathname === "/oauth2/authorize" && url.searchParams.get("code_challenge_method") === "S256");
    // The local stand-in for managed login wears the same brand as the app and as Cognito's page in AWS.
    await page.getByRole("img", { name: "Slotbook" }).waitFor();
    await page.getByRole("heading", { name: "Organiser sign-in", level: 1 }).waitFor();
    await expectAccessible(page, "the sign-in page");
    await page.getByLabel("Email address").fill(admin.email);
    await page.getByLabel("Password").fill(admin.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${siteUrl}/admin`);
    await page.getByRole("heading", { name: "Your events", level: 1 }).waitFor();
    expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual([]); // the PKCE verifier is gone
    await expectAccessible(page, "the dashboard");

    // Create: details, generated slots (and one removed), saved as a draft.
    await page.getByRole("link", { name: "Create an event" }).click();
    await page.getByLabel("Title").fill(title);
    await page.getByLabel("Description (optional)").fill("Twenty minutes each.\n<script>alert(1)</script> stays text.");
    await page.getByLabel("Date").fill(dateInDays(12));
    await page.getByLabel("Time zone").fill("Europe/Berlin");
    await page.getByLabel("From").fill("10:00");
    await page.getByLabel("Until").fill("12:00");
    await page.getByLabel("Length (minutes)").fill("30");
    await page.getByLabel("Places per slot").fill("2");
    await page.getByRole("button", { name: "Generate slots" }).click();
    await expect.poll(() => page.getByRole("group", { name: /^Slot \d+$/ }).count()).toBe(5);
    await page.getByRole("button", { name: "Remove slot 1" }).click(); // the form's default 09:00 slot
    await expect.poll(() => page.getByRole("group", { name: /^Slot \d+$/ }).count()).toBe(4);
    await expectAccessible(page, "the new-event form");
    await page.getByRole("button", { name: "Create event" }).click();
    await page.getByRole("heading", { name: title, level: 1 }).waitFor();
    const eventId = decodeURIComponent(new URL(page.url()).pathname.split("/").pop()!);

    // Publish: a public address to copy.
    await page.getByRole("button", { name: "Publish event" }).click();
    const publicUrl = await page.getByLabel("Public address").inputValue();
    expect(publicUrl).toMatch(new RegExp(`^${siteUrl}/e/[a-z0-9-]+$`));
    await page.getByRole("button", { name: "Copy link" }).click();
    await page.getByText(/Link (copied|selected)/).waitFor();

    // A fan books from elsewhere; the organiser sees who, with contact details, and exports them.
    const event = await request("GET", `/api/events/${eventId}`, { token: (await newUser("admin")).accessToken });
    expect(event.status).toBe(404); // another organiser can't see it
    const fan = await newUser("fan", "Lin Booker");
    const publicEvent = await request("GET", `/api/events/public/${publicUrl.split("/").pop()}`);
    expect(publicEvent.body.slots.map((slot: { startTime: string }) => slot.startTime)).toEqual(["10:00", "10:30", "11:00", "11:30"]);
    await bookThroughApi(fan.accessToken, publicEvent.body.slots[1].id);
    await page.reload();
    const bookings = page.getByRole("region", { name: "Bookings" });
    await bookings.getByRole("cell", { name: "Lin Booker", exact: true }).waitFor();
    expect(await bookings.getByRole("link", { name: fan.email }).getAttribute("href")).toBe(`mailto:${fan.email}`);
    await expectAccessible(page, "the event page with bookings");
    await saveScreenshot(page, "admin-event");
    const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export as CSV" }).click()]);
    expect(csv.suggestedFilename()).toMatch(/^portrait-sessions-\d+-bookings\.csv$/);
    const rows = (await readFile((await csv.path())!, "utf8")).trim().split("\r\n");
    expect(rows[0]).toBe("Slot start,Slot end,Time zone,Name,Email,Phone,Seats,Booked at (UTC),Checked in at (UTC)");
    expect(rows).toHaveLength(2);
    expect(rows[1]).toContain(`Lin Booker,${fan.email}`);

    // The organiser cancels one booking: asked first, gone at once, the seat free, the fan emailed.
    const second = await newUser("fan", "Sam Second");
    await bookThroughApi(second.accessToken, publicEvent.body.slots[2].id);
    await page.reload();
    await bookings.getByRole("cell", { name: "Sam Second", exact: true }).waitFor();
    await bookings.getByRole("button", { name: "Cancel Sam Second's booking" }).click();
    const cancelDialog = page.getByRole("dialog", { name: "Cancel this booking?" });
    await cancelDialog.getByText(/they get an email saying you cancelled it/).waitFor();
    await expectAccessible(page, "the cancel-booking dialog");
    await cancelDialog.getByRole("button", { name: "Yes, cancel it" }).click();
    await page.getByText(/Cancelled Sam Second's booking/).waitFor();
    await expect.poll(() => bookings.getByRole("cell", { name: "Sam Second", exact: true }).count()).toBe(0);
    await bookings.getByRole("cell", { name: "Lin Booker", exact: true }).waitFor();
    expect((await request("GET", "/api/bookings", { token: second.accessToken })).body.items).toEqual([]);
    expect((await waitForSubject(second.email, /^Cancelled: Portrait sessions/)).body.text).toMatch(/organiser has cancelled your booking/i);

    await page.setViewportSize(phone);
    await expectFitsWidth(page, "the admin event page");
    await page.setViewportSize(desktop);

    await page.getByRole("link", { name: "Your events" }).click();
    await page.getByRole("link", { name: title }).waitFor();
    await page.getByText("1 of 8 places booked").waitFor();
    await saveScreenshot(page, "admin-dashboard");

    // Delete, after a warning that says the fan will be told.
    await page.getByRole("link", { name: title }).click();
    await page.getByRole("button", { name: "Delete event…" }).click();
    const dialog = page.getByRole("dialog", { name: `Delete “${title}”?` });
    await dialog.getByText("1 booking will be cancelled, and each of those fans will be told by email.").waitFor();
    await expectAccessible(page, "the delete dialog");
    await dialog.getByRole("button", { name: "Delete event and cancel bookings" }).click();
    await page.waitForURL(`${siteUrl}/admin`);
    await page.getByRole("heading", { name: "Your events", level: 1 }).waitFor();
    await expect.poll(() => page.getByRole("link", { name: title }).count()).toBe(0);
    expectNoProblems(visitor);
    await visitor.context.close();
  });
});
