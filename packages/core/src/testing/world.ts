/**
 * TEST SUPPORT ONLY. The domain's services wired to the in-memory ports over one table and one clock the
 * test moves by hand: organisers create and publish events, fans (with the profiles a confirmed account has)
 * book them, as the Lambdas do against DynamoDB.
 */
import { onSaleDefaults, reminderDefaults } from "@slotbook/contract";
import { createBookings, type Fan } from "../bookings/bookings";
import { createEvents, type Events, type Organiser } from "../events/events";
import { inMemoryProfileStore } from "./in-memory-accounts";
import { inMemoryBookingStore } from "./in-memory-booking-store";
import { inMemoryEventStore } from "./in-memory-event-store";
import { memoryTable } from "./memory-table";

export type CreateEventInput = Parameters<Events["create"]>[1];

/** A one-day event in Berlin with two half-hour slots of two seats, on sale with the defaults. */
export const eventInput = (extra: Partial<CreateEventInput> = {}): CreateEventInput => ({
  title: "Signing",
  description: "Bring a pen.",
  date: "2030-06-01",
  timezone: "Europe/Berlin",
  slots: [
    { startTime: "15:00", endTime: "15:30", capacity: 2 },
    { startTime: "16:00", endTime: "16:30", capacity: 2 },
  ],
  ...onSaleDefaults,
  location: null,
  questions: [],
  reminders: [...reminderDefaults],
  ...extra,
});

export const organiser: Organiser = { id: "admin1", username: "olga@example.com" };

export function inMemoryWorld(start = new Date("2030-05-01T10:00:00.000Z")) {
  const table = memoryTable();
  const clock = { now: start };
  const now = () => clock.now;
  let events = 0;
  const eventStore = inMemoryEventStore(table, { now });
  const bookingStore = inMemoryBookingStore(table);
  const profiles = inMemoryProfileStore(table, { now });
  const eventService = createEvents(eventStore, { newEventId: () => `ev${(events += 1)}`, now });

  return {
    table,
    clock,
    eventStore,
    bookingStore,
    profiles,
    events: eventService,
    bookings: createBookings(bookingStore, eventStore, { now }),

    /** A fan whose account is confirmed (so its profile is in the table). */
    async fan(name: string, extra: { phone?: string } = {}): Promise<Fan> {
      const id = `fan-${name.toLowerCase()}`;
      await profiles.save({ id, username: `${name.toLowerCase()}@example.com`, email: `${name.toLowerCase()}@example.com`, name, phone: extra.phone ?? null, createdAt: now().toISOString() });
      return { id, username: `${name.toLowerCase()}@example.com` };
    },

    /** An organiser's published event (with a profile, for their notices): its view, with the slot ids. */
    async publishedEvent(input: Partial<CreateEventInput> = {}, by: Organiser = organiser) {
      await profiles.save({ id: by.id, username: by.username, email: by.username, name: "Olga Organiser", phone: null, createdAt: now().toISOString() });
      const created = await eventService.create(by, eventInput(input));
      return eventService.publish(by, created.id);
    },
  };
}

export type InMemoryWorld = ReturnType<typeof inMemoryWorld>;
