import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { request } from "../support/http";
import { expectAccessible, expectFitsWidth, expectNoProblems, launchBrowser, newVisitor } from "../support/browser";
import { dateInDays, newUser, signInFan, signInOrganiser } from "./fixtures";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const site = () => inject("site").siteUrl;

describe("questions and a location, on a phone", () => {
  it("the organiser adds a venue and a question, a fan sees where (with a map link), answers and books, and the organiser sees the answer", async () => {
    const admin = await newUser("admin", "Quinn Organiser");
    const title = `Merch pick-up ${Date.now()}`;
    const created = await request("POST", "/api/events", {
      token: admin.accessToken,
      body: { title, date: dateInDays(9), timezone: "Europe/Berlin", slots: [{ startTime: "14:00", endTime: "14:30", capacity: 2 }] },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const published = await request("POST", `/api/events/${created.body.id}/publish`, { token: admin.accessToken });
    expect(published.status).toBe(200);
    const slug = published.body.slug as string;

    // The organiser, on a phone, adds where it is and one required question.
    const organiser = await newVisitor(browser);
    const page = organiser.page;
    await signInOrganiser(page, admin, `/admin/events/${encodeURIComponent(created.body.id)}`);
    await page.getByRole("heading", { name: title, level: 1 }).waitFor();
    const where = page.getByRole("group", { name: "Where (optional)" });
    await where.getByLabel("Venue").fill("Blue Room");
    await where.getByLabel("Address").fill("Main St 1, Berlin");
    await page.getByRole("button", { name: "Add a question" }).click();
    const question = page.getByRole("group", { name: "Question 1" });
    await question.getByLabel("Question", { exact: true }).fill("T-shirt size");
    await question.getByLabel("Answer", { exact: true }).selectOption("choice");
    await question.getByLabel("Options, one per line").fill("S\nM\nL");
    await question.getByLabel("Must be answered to book").check();
    await expectAccessible(page, "the event form with a location and a question");
    await expectFitsWidth(page, "the event form with a location and a question");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByText("Changes saved.").waitFor();
    const saved = (await request("GET", `/api/events/${created.body.id}`, { token: admin.accessToken })).body;
    expect(saved.location).toEqual({ name: "Blue Room", address: "Main St 1, Berlin" });
    expect(saved.questions).toEqual([{ id: expect.any(String), label: "T-shirt size", type: "choice", required: true, options: ["S", "M", "L"], multiple: false }]);
    // The share page is rendered again with the change (the fan's first load reads the event from it).
    await expect.poll(async () => (await fetch(`${site()}/e/${slug}`)).text(), { timeout: 20_000 }).toContain("T-shirt size");

    // The fan sees where, with the address linked to a map.
    const fan = await newUser("fan", "Frida Fan");
    const visitor = await newVisitor(browser);
    const fanPage = visitor.page;
    await signInFan(fanPage, fan, `/e/${slug}`);
    await fanPage.getByRole("heading", { level: 1, name: title }).waitFor();
    await fanPage.getByText("Where: Blue Room, Main St 1, Berlin").waitFor();
    expect(await fanPage.getByRole("link", { name: "Main St 1, Berlin" }).getAttribute("href")).toBe("https://www.openstreetmap.org/search?query=Main%20St%201%2C%20Berlin");

    // Booking asks the question; without an answer the API's words show beside it and nothing is booked.
    await fanPage.getByRole("button", { name: /^Book / }).first().click();
    await fanPage.getByRole("heading", { name: "Book this slot" }).waitFor();
    const size = fanPage.getByRole("group", { name: "T-shirt size" });
    await size.waitFor();
    await fanPage.getByRole("button", { name: "Confirm booking" }).click();
    await size.getByText("Answer this question.").waitFor();
    expect((await request("GET", "/api/bookings", { token: fan.accessToken })).body.items).toEqual([]);
    await expectAccessible(fanPage, "the booking panel asking a question");
    await expectFitsWidth(fanPage, "the booking panel asking a question");
    await size.getByLabel("M", { exact: true }).check();
    await fanPage.getByRole("button", { name: "Confirm booking" }).click();
    await fanPage.getByRole("heading", { name: "You're booked" }).waitFor();
    const [booking] = (await request("GET", "/api/bookings", { token: fan.accessToken })).body.items;
    expect(booking.answers).toEqual({ [saved.questions[0].id]: "M" });
    expectNoProblems(visitor);
    await visitor.context.close();

    // The organiser sees the answer in the bookings list and in its CSV.
    await page.reload();
    const bookings = page.getByRole("region", { name: "Bookings" });
    await bookings.getByRole("cell", { name: "Frida Fan", exact: true }).waitFor();
    await bookings.getByText("T-shirt size: M").waitFor();
    await expectAccessible(page, "the bookings list with answers");
    const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export as CSV" }).click()]);
    const rows = (await readFile((await csv.path())!, "utf8")).trim().split("\r\n");
    expect(rows[0]).toBe("Slot start,Slot end,Time zone,Name,Email,Phone,Seats,T-shirt size,Booked at (UTC),Checked in at (UTC)");
    expect(rows[1]).toContain(`Frida Fan,${fan.email},,1,M,`);
    expectNoProblems(organiser);
    await organiser.context.close();
  });
});
