import { expect, inject } from "vitest";
import { createSignedInUser } from "@slotbook/local";
import { request } from "../support/http";

/** A calendar date `days` from today (UTC), as the API takes it: YYYY-MM-DD. */
export const dateInDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** A signed-in account made straight in cognito-local: an organiser or a fan for a test's own data. */
export const newUser = (role: "admin" | "fan", name?: string) => createSignedInUser(inject("site").localCloud, [role], name);

export interface PublishedEvent {
  id: string;
  slug: string;
  title: string;
  slots: Array<{ id: string; startTime: string; endTime: string; startsAt: string; capacity: number }>;
  adminToken: string;
  /** The organiser's sign-in, for the browser. */
  organiser: { email: string; password: string };
}

/** A published event in Europe/Berlin, made through the API by a fresh organiser. */
export async function publishedEvent(
  title: string,
  slots: Array<{ startTime: string; endTime: string; capacity: number }>,
  daysAhead = 10,
  onSale: Record<string, unknown> = {},
): Promise<PublishedEvent> {
  const admin = await newUser("admin", "Event Organiser");
  const created = await request("POST", "/api/events", {
    token: admin.accessToken,
    body: { title, description: "A test event.\nBring <b>nothing</b> but yourself.", date: dateInDays(daysAhead), timezone: "Europe/Berlin", slots, ...onSale },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const published = await request("POST", `/api/events/${created.body.id}/publish`, { token: admin.accessToken });
  expect(published.status, JSON.stringify(published.body)).toBe(200);
  return { id: created.body.id, slug: published.body.slug, title, slots: published.body.slots, adminToken: admin.accessToken, organiser: { email: admin.email, password: admin.password } };
}

/** Books a slot straight through the API, as a fan would from another device. */
export async function bookThroughApi(fanToken: string, slotId: string) {
  const booked = await request("POST", "/api/bookings", { token: fanToken, body: { slotId } });
  expect(booked.status, JSON.stringify(booked.body)).toBe(201);
  return booked.body as { id: string };
}

/** Signs an organiser in the way they do: the dashboard's button, then the (local) managed login page. */
export async function signInOrganiser(page: import("playwright-core").Page, admin: { email: string; password: string }, path: string) {
  await page.goto(`${inject("site").siteUrl}${path}`);
  await page.getByRole("button", { name: "Continue to sign-in" }).click();
  await page.getByLabel("Email address").fill(admin.email);
  await page.getByLabel("Password").fill(admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Signs a fan in through the sign-in page, which sends them on to `next`. */
export async function signInFan(page: import("playwright-core").Page, fan: { email: string; password: string }, next: string) {
  await page.goto(`${inject("site").siteUrl}/signin?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email").fill(fan.email);
  await page.getByLabel("Password").fill(fan.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}
