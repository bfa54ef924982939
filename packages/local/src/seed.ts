import { createEventInput } from "@slotbook/core/events/write-inputs";
import { cognitoIdentity, createAccounts, createEvents, dynamoEventStore, dynamoProfileStore, isDomainError } from "@slotbook/core";
import { localCognitoClient } from "./users";

/** The demo sign-ins `npm start` creates and prints. Local only: these passwords are public. */
export const demoAdmin = { email: "admin@slotbook.local", password: "Demo-Admin-2026", name: "Demo Admin" };
export const demoFan = { email: "fan@slotbook.local", password: "Demo-Fan-2026", name: "Demo Fan" };

/** The demo event's id: fixed, so every start finds the seeded event (not whatever the admin made last). */
export const demoEventId = "demo-event";

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Creates the demo admin and fan, and a published demo event owned by the admin, if missing (idempotent:
 * re-running resets the demo passwords and leaves the demo event and every other event alone). Runs through
 * the core's own services, with the local cloud's configuration already in the environment.
 */
export async function seedDemoData(options: { cognitoEndpoint: string; userPoolId: string; userPoolClientId: string }) {
  const client = localCognitoClient(options.cognitoEndpoint);
  const identity = cognitoIdentity(client, { userPoolId: options.userPoolId, clientId: options.userPoolClientId });
  const accounts = createAccounts(identity, dynamoProfileStore());
  await accounts.createConfirmed(demoAdmin, "admin");
  await accounts.createConfirmed(demoFan, "fan");

  const admin = await identity.getUser(demoAdmin.email);
  const organiser = { id: admin.id, username: admin.username };
  const events = createEvents(dynamoEventStore(), { newEventId: () => demoEventId });
  let event = await events.get(organiser, demoEventId).catch((error: unknown) => {
    if (isDomainError(error) && error.code === "NOT_FOUND") return undefined;
    throw error;
  });
  if (!event) {
    // Through the API's own schema, so the demo event gets every default a real one does.
    event = await events.create(organiser, createEventInput.parse({
      title: "Meet the band: backstage signing",
      description: "Ten minutes with the band after the show. Bring something to sign!",
      date: inDays(7),
      timezone: "Europe/Berlin",
      slots: ["18:00", "18:15", "18:30", "18:45", "19:00", "19:15"].map((startTime, i) => ({
        startTime,
        endTime: `${startTime.slice(0, 3)}${String(Number(startTime.slice(3)) + 10).padStart(2, "0")}`,
        capacity: i === 0 ? 1 : 3,
      })),
      maxPartySize: 2,
      maxBookingsPerFan: 2,
      location: { name: "Columbiahalle, stage door", address: "Columbiadamm 13-21, 10965 Berlin" },
      questions: [
        { label: "Name for the dedication", type: "text", required: false },
        { label: "I need step-free access", type: "checkbox", required: false },
      ],
    }));
  }
  if (!event.isPublished) event = await events.publish(organiser, demoEventId);
  client.destroy();
  return { demoEventSlug: event.slug ?? undefined };
}
