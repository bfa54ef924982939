import { describe, expect, it } from "vitest";
import { testBooking } from "../bookings/test-booking";
import type { BookingRecord } from "../bookings/records";
import type { SlotBookingContext, SlotCounter } from "../events/records";
import { inMemorySentMailLog } from "../testing/in-memory-mail";
import type { DueReminder, ReminderStore } from "./reminder-store";
import { createReminders, type ReminderDelivery } from "./reminders";

const startsAt = "2030-06-01T14:00:00.000Z";
const dueAt = (minutesBefore: number, start = startsAt) => new Date(Date.parse(start) - minutesBefore * 60_000).toISOString();

const context: SlotBookingContext = {
  eventId: "event1",
  adminId: "admin1",
  adminUsername: "olga",
  event: { title: "Signing", slug: "signing", date: "2030-06-01", timezone: "Europe/Berlin" },
  startsAt,
  endsAt: "2030-06-01T14:30:00.000Z",
  eventRevision: 0,
  bookingOpensAt: null,
  bookingClosesAt: null,
  maxBookingsPerFan: null,
  maxPartySize: 1,
  waitlist: true,
  reminders: [1440, 60],
};

/** The reminders' port in memory: a schedule, the slot's counter and its bookings as the table has them. */
function memory(scheduled: DueReminder[], bookings: BookingRecord[], counter: Partial<SlotCounter> = {}) {
  const schedule = new Map(scheduled.map((reminder) => [`${reminder.slotId}|${reminder.dueAt}|${reminder.minutesBefore}`, reminder]));
  const slot: SlotCounter = { slotId: "slot1", bookedCount: bookings.length, heldCount: 0, waitingCount: 0, capacity: 10, bookable: true, context, ...counter };
  const store: ReminderStore = {
    due: async (at) => [...schedule.values()].filter((reminder) => reminder.dueAt <= at.toISOString()),
    slot: async () => slot,
    bookings: async () => bookings,
    done: async (reminder) => void schedule.delete(`${reminder.slotId}|${reminder.dueAt}|${reminder.minutesBefore}`),
  };
  // Claims are conditional writes: two sweeps at once cannot both win one.
  const sentLog = inMemorySentMailLog();
  const sent: ReminderDelivery[] = [];
  let failures = 0;
  const channel = {
    name: "email",
    async send(delivery: ReminderDelivery) {
      // A send takes a moment, so concurrent sweeps overlap.
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (failures > 0) {
        failures -= 1;
        throw new Error("SES is down");
      }
      sent.push(delivery);
    },
  };
  const reminders = createReminders({ store, sentLog, channels: [channel], profiles: { get: async () => ({ id: "admin1", username: "olga", email: "olga@example.com", name: "Olga Organiser", phone: null, createdAt: "", updatedAt: "" }) } });
  return { reminders, schedule, sent, failNext: (count: number) => (failures = count), slot };
}

const booking = (fan: string, extra: Partial<BookingRecord> = {}) =>
  testBooking({ id: `slot1~${fan}`, slotId: "slot1", fanId: fan, accountEmail: `${fan}@example.com`, startsAt, endsAt: context.endsAt, createdAt: "2030-05-01T10:00:00.000Z", ...extra });
const dayBefore: DueReminder = { slotId: "slot1", minutesBefore: 1440, dueAt: dueAt(1440), startsAt };
const hourBefore: DueReminder = { slotId: "slot1", minutesBefore: 60, dueAt: dueAt(60), startsAt };

describe("the reminder sweep", () => {
  it("reminds each booking once when due, however often and however many sweeps run at once", async () => {
    const { reminders, sent, schedule } = memory([dayBefore, hourBefore], [booking("ann"), booking("bob")]);
    expect(await reminders.sweep(new Date(dueAt(1441)))).toMatchObject({ handled: 0, sent: 0 });
    const at = new Date(dueAt(1439));
    const runs = await Promise.all([reminders.sweep(at), reminders.sweep(at), reminders.sweep(at)]);
    await reminders.sweep(at);
    expect(sent.map((delivery) => `${delivery.booking.fanId}@${delivery.reminder.minutesBefore}`).sort()).toEqual(["ann@1440", "bob@1440"]);
    expect(runs.reduce((total, run) => total + run.sent, 0)).toBe(2);
    expect(sent[0]!.organiserName).toBe("Olga Organiser");
    expect([...schedule.values()]).toEqual([hourBefore]);

    await reminders.sweep(new Date(dueAt(59)));
    expect(sent.filter((delivery) => delivery.reminder.minutesBefore === 60)).toHaveLength(2);
    expect(schedule.size).toBe(0);
  });

  it("reminds only bookings made before the reminder's time (a cancelled or moved-away booking is no longer the slot's)", async () => {
    const { reminders, sent } = memory([dayBefore], [booking("early"), booking("late", { createdAt: dueAt(1400) })]);
    await reminders.sweep(new Date(dueAt(1300)));
    expect(sent.map((delivery) => delivery.booking.fanId)).toEqual(["early"]);
  });

  it("drops a reminder the slot no longer wants: times changed, reminder removed from the event, slot closed or started", async () => {
    for (const counter of [
      { context: { ...context, startsAt: "2030-06-02T14:00:00.000Z" } },
      { context: { ...context, reminders: [60] } },
      { bookable: false },
    ]) {
      const { reminders, sent, schedule } = memory([dayBefore], [booking("ann")], counter);
      expect(await reminders.sweep(new Date(dueAt(1000)))).toMatchObject({ handled: 1, sent: 0 });
      expect(sent).toEqual([]);
      expect(schedule.size).toBe(0);
    }
    const late = memory([dayBefore], [booking("ann")]);
    await late.reminders.sweep(new Date(Date.parse(startsAt) + 60_000));
    expect(late.sent).toEqual([]);
  });

  it("keeps a reminder whose send failed, and the next run sends it (once)", async () => {
    const { reminders, sent, schedule, failNext } = memory([dayBefore], [booking("ann"), booking("bob")]);
    failNext(1);
    const first = await reminders.sweep(new Date(dueAt(1439)));
    expect(first).toMatchObject({ sent: 1, failed: 1, left: 1 });
    expect(schedule.size).toBe(1);
    await reminders.sweep(new Date(dueAt(1438)));
    expect(sent.map((delivery) => delivery.booking.fanId).sort()).toEqual(["ann", "bob"]);
    expect(schedule.size).toBe(0);
  });
});
