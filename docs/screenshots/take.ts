/**
 * `npm run screenshots`: the README's screenshots, taken from the site as it ships (a production build on a
 * local cloud of its own, seeded with the demo event) and realistic data made through the API: a sold-out
 * signing with a waitlist, a fan holding an offer, a fan's check-in code, the organiser's branded sign-in,
 * dashboard and door, and the event page in German. Writes docs/screenshots/*.png.
 */
import { join } from "node:path";
import { createSignedInUser, poolAccessOf, repoRoot } from "@slotbook/local";
import { chromium, type Browser, type Page } from "playwright-core";
import { startSite } from "../../tests/e2e/site/start-site";

const out = join(repoRoot, "docs", "screenshots");
const say = (line: string) => process.stderr.write(`${line}\n`);
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const { info, stop } = await startSite();
let browser: Browser | undefined;
try {
  const cloud = info.localCloud;
  const pool = poolAccessOf({ urls: { cognito: cloud.cognitoUrl, dynamodb: cloud.dynamodbUrl }, userPoolId: cloud.userPoolId, userPoolClientId: cloud.userPoolClientId, tableName: cloud.tableName });
  const api = async (method: string, path: string, token?: string, body?: unknown) => {
    const response = await fetch(`${info.siteUrl}${path}`, {
      method,
      headers: { ...(body ? { "content-type": "application/json" } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    return text ? JSON.parse(text) : undefined;
  };
  const admin = (await api("POST", "/api/auth/login", undefined, info.admin)).accessToken as string;

  say("Making a sold-out signing with a waitlist…");
  const created = await api("POST", "/api/events", admin, {
    title: "Mira Lane: poster signing",
    description: "Bring your tour poster (or buy one at the door). One poster per fan, please.",
    date: inDays(12),
    timezone: "Europe/Berlin",
    maxPartySize: 2,
    maxBookingsPerFan: 1,
    location: { name: "Rough Trade Berlin", address: "Alte Schönhauser Str. 44, 10119 Berlin" },
    questions: [{ label: "Name for the dedication", type: "text", required: false }],
    slots: [
      { startTime: "16:00", endTime: "16:30", capacity: 2 },
      { startTime: "16:30", endTime: "17:00", capacity: 4 },
      { startTime: "17:00", endTime: "17:30", capacity: 4 },
    ],
  });
  const event = await api("POST", `/api/events/${created.id}/publish`, admin);
  const [lea, tom, jonas, amira] = await Promise.all(
    ["Lea Hoffmann", "Tom Becker", "Jonas Weber", "Amira Said"].map((name) => createSignedInUser(pool, ["fan"], name)),
  );
  const first = event.slots[0].id as string;
  const leaBooking = await api("POST", "/api/bookings", lea!.accessToken, { slotId: first });
  const tomBooking = await api("POST", "/api/bookings", tom!.accessToken, { slotId: first });
  const amiraBooking = await api("POST", "/api/bookings", amira!.accessToken, { slotId: event.slots[1].id, seats: 2 });
  await api("POST", "/api/waitlist", jonas!.accessToken, { slotId: first });

  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const visitor = async (viewport: { width: number; height: number }, locale = "en-GB") => {
    const context = await browser!.newContext({ viewport, timezoneId: "Europe/Berlin", locale });
    return context.newPage();
  };
  const shot = async (page: Page, name: string) => {
    await page.screenshot({ path: join(out, name), fullPage: false });
    say(`  ${name}`);
  };
  const signIn = async (page: Page, fan: { email: string; password: string }, next: string) => {
    await page.goto(`${info.siteUrl}/signin?next=${encodeURIComponent(next)}`);
    await page.getByLabel("Email").fill(fan.email);
    await page.getByLabel("Password").fill(fan.password);
    await page.getByRole("button", { name: "Sign in" }).click();
  };

  say("Screenshots…");
  const phone = { width: 390, height: 844 };
  const waiting = await visitor(phone);
  await signIn(waiting, jonas!, `/e/${event.slug}`);
  await waiting.getByRole("heading", { name: "Mira Lane: poster signing", level: 1 }).waitFor();
  await waiting.getByText("Full").first().waitFor();
  await shot(waiting, "public-event-page.png");

  // Lea gives her seat back: the waitlist offers it to Jonas, who sees the offer with the time left.
  await api("DELETE", `/api/bookings/${leaBooking.id}`, lea!.accessToken);
  for (let tries = 0; (await api("GET", "/api/waitlist", jonas!.accessToken)).items[0]?.status !== "offered"; tries += 1) {
    if (tries > 200) throw new Error("No offer was made.");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await waiting.goto(`${info.siteUrl}/me/waitlist`);
  await waiting.getByRole("button", { name: /Claim my seat/ }).waitFor();
  await shot(waiting, "my-waitlist-offer.png");

  const organiser = await visitor({ width: 1280, height: 800 });
  await organiser.goto(`${info.siteUrl}/admin`);
  await organiser.getByRole("button", { name: "Continue to sign-in" }).click();
  await organiser.getByRole("img", { name: "Slotbook" }).waitFor();
  await shot(organiser, "organiser-sign-in.png");
  await organiser.getByLabel("Email address").fill(info.admin.email);
  await organiser.getByLabel("Password").fill(info.admin.password);
  await organiser.getByRole("button", { name: "Sign in" }).click();
  await organiser.getByRole("heading", { name: "Your events", level: 1 }).waitFor();
  await organiser.getByRole("link", { name: "Mira Lane: poster signing" }).click();
  await organiser.getByRole("heading", { name: "Mira Lane: poster signing", level: 1 }).waitFor();
  await organiser.getByText("Jonas Weber").first().waitFor();
  await shot(organiser, "admin-event.png");

  // Tom shows his code at the door; the organiser, on a phone, has checked Amira in by name.
  const tomsPhone = await visitor(phone);
  await signIn(tomsPhone, tom!, `/me/bookings/${encodeURIComponent(tomBooking.id)}`);
  await tomsPhone.getByRole("img", { name: /^Check-in code for / }).waitFor();
  await shot(tomsPhone, "booking-check-in-code.png");
  await api("POST", `/api/events/${created.id}/bookings/${encodeURIComponent(amiraBooking.id)}/check-in`, admin);
  const door = await organiser.context().browser()!.newContext({ viewport: phone, timezoneId: "Europe/Berlin", locale: "en-GB", storageState: await organiser.context().storageState() });
  const doorPage = await door.newPage();
  await doorPage.goto(`${info.siteUrl}/admin/events/${encodeURIComponent(created.id)}/check-in`);
  await doorPage.getByText(/booked seats arrived/).waitFor();
  await shot(doorPage, "check-in-door.png");

  // The same event page in a German browser.
  const german = await visitor(phone, "de-DE");
  await german.goto(`${info.siteUrl}/e/${event.slug}`);
  await german.getByRole("heading", { name: "Mira Lane: poster signing", level: 1 }).waitFor();
  await german.getByText("Ausgebucht").first().waitFor();
  await shot(german, "public-event-page-de.png");
} finally {
  await browser?.close();
  await stop();
}
