import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, PutCommand } from "@aws-sdk/lib-dynamodb";
import { readFile } from "node:fs/promises";
import { createSignedInUser, poolAccessOf, startThrowawayCloud, type LocalCloud } from "@slotbook/local";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

let cloud: LocalCloud;
let dispose: () => Promise<void>;

beforeAll(async () => {
  ({ cloud, dispose } = await startThrowawayCloud({ notifierMaxAttempts: 3 }));
}, 60_000);
afterAll(() => dispose?.());

const mailbox = async () => ((await (await fetch(`${cloud.urls.mailbox}/store`)).json()) as { emails: Array<{ subject: string; destination: { to: string[] } }> }).emails;

describe("a stream record the notifier can never handle", () => {
  it("neither blocks nor repeats the others, and ends up in the dead-letter file", async () => {
    // A booking in a time zone that does not exist: no email about it can ever be written.
    const table = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: cloud.urls.dynamodb, region: "us-east-1", credentials: { accessKeyId: "local", secretAccessKey: "local" } }));
    await table.send(
      new PutCommand({
        TableName: cloud.tableName,
        Item: {
          pk: "SLOT#ghost.slot", sk: "BOOKING#ghost-fan", itemType: "BOOKING", id: "ghost.slot~ghost-fan", slotId: "ghost.slot", eventId: "ghost",
          adminId: "nobody", adminUsername: "nobody@nowhere.test", event: { title: "Ghost", slug: "ghost-aaaaaa", date: "2030-01-01", timezone: "Mars/Olympus_Mons" },
          startsAt: "2030-01-01T10:00:00.000Z", endsAt: "2030-01-01T11:00:00.000Z", fanId: "ghost-fan", fanUsername: "ghost-fan",
          fanName: "Ghost", fanEmail: "ghost@example.test", accountEmail: "ghost@example.test", fanPhone: null, status: "confirmed", createdAt: new Date().toISOString(),
        },
      }),
    );
    table.destroy();

    // A real booking right behind it.
    const pool = poolAccessOf(cloud);
    const [admin, fan] = await Promise.all([createSignedInUser(pool, ["admin"]), createSignedInUser(pool, ["fan"])]);
    const call = async (method: string, path: string, token: string, body?: unknown) =>
      (await fetch(`${cloud.urls.api}${path}`, { method, headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: body ? JSON.stringify(body) : undefined })).json() as Promise<{ id: string; slots: Array<{ id: string }> }>;
    const date = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
    const event = await call("POST", "/api/events", admin.accessToken, { title: "Real one", date, timezone: "UTC", slots: [{ startTime: "10:00", endTime: "11:00" }] });
    await call("POST", `/api/events/${event.id}/publish`, admin.accessToken);
    await call("POST", "/api/bookings", fan.accessToken, { slotId: event.slots[0]!.id });

    await expect.poll(async () => (await mailbox()).filter((email) => email.destination.to.includes(fan.email)).length, { timeout: 10_000 }).toBe(1);
    await expect.poll(async () => (await readFile(cloud.deadLetterFile, "utf8").catch(() => "")).includes("ghost.slot~ghost-fan"), { timeout: 15_000 }).toBe(true);
    expect(cloud.pendingNotifications()).toBe(0);
    const emails = await mailbox();
    expect(emails.filter((email) => email.destination.to.includes(fan.email))).toHaveLength(1);
    expect(emails.filter((email) => email.destination.to.includes(admin.email))).toHaveLength(1);
    expect(emails.filter((email) => email.destination.to.includes("ghost@example.test"))).toHaveLength(0);
  }, 60_000);
});
