import { createSignedInUser, poolAccessOf } from "@slotbook/local";
import { describe, expect, it } from "vitest";
import { throwawayCloudForThisFile } from "../support/throwaway-cloud";

const localCloud = throwawayCloudForThisFile();

const api = async (method: string, path: string, token: string, body?: unknown) => {
  const response = await fetch(`${localCloud().urls.api}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { "content-type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: response.status, body: (await response.json().catch(() => undefined)) as { id: string; slots: Array<{ id: string }> } };
};

const mailbox = async () => ((await (await fetch(`${localCloud().urls.mailbox}/store`)).json()) as { emails: Array<{ subject: string; destination: { to: string[] } }> }).emails;

describe("email while the mail service is down", () => {
  it("bookings still succeed; once mail is back every email arrives exactly once", async () => {
    const pool = poolAccessOf(localCloud());
    const admin = await createSignedInUser(pool, ["admin"]);
    const fans = await Promise.all([0, 1, 2].map(() => createSignedInUser(pool, ["fan"])));
    const date = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
    const created = await api("POST", "/api/events", admin.accessToken, { title: "Outage test", date, timezone: "UTC", slots: [{ startTime: "10:00", endTime: "11:00", capacity: 5 }] });
    await api("POST", `/api/events/${created.body.id}/publish`, admin.accessToken);

    await localCloud().ses.stop();
    for (const fan of fans) expect((await api("POST", "/api/bookings", fan.accessToken, { slotId: created.body.slots[0]!.id })).status).toBe(201);
    // The notifier keeps failing, and its records wait for another attempt.
    await expect.poll(() => localCloud().pendingNotifications(), { timeout: 5000 }).toBeGreaterThan(0);

    await localCloud().ses.start();
    await expect.poll(async () => (await mailbox()).length, { timeout: 20_000, interval: 200 }).toBe(6);
    await new Promise((resolve) => setTimeout(resolve, 1500)); // room for any duplicate to arrive
    const emails = await mailbox();
    for (const fan of fans) expect(emails.filter((email) => email.destination.to.includes(fan.email)).map((email) => email.subject.split(":")[0])).toEqual(["Booked"]);
    expect(emails.filter((email) => email.destination.to.includes(admin.email))).toHaveLength(3);
    expect(localCloud().pendingNotifications()).toBe(0);
  }, 60_000);
});
