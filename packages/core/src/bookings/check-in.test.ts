import { describe, expect, it } from "vitest";
import type { EventRecord } from "../events/records";
import { inMemoryCheckIns } from "../testing/in-memory-booking-store";
import { bookingKey, memoryTable } from "../testing/memory-table";
import { createCheckIns } from "./check-in";
import type { BookingRecord } from "./records";
import { testBooking } from "./test-booking";

/** The table with these bookings, and the check-in port over it (the first arrival time stands). */
function inMemory(bookings: BookingRecord[]) {
  const table = memoryTable();
  for (const booking of bookings) table.bookings.set(bookingKey(booking.slotId, booking.fanId), booking);
  return { table, store: inMemoryCheckIns(table) };
}

const event = { id: "event1", adminId: "admin1" } as EventRecord;
const organiser = { id: "admin1", username: "admin1" };
const booking = testBooking({ id: "event1.s1~fan1", slotId: "event1.s1" });

describe("check-in", () => {
  it("marks arrival with the clock's time, and a second check-in keeps the first time", async () => {
    const { store } = inMemory([booking]);
    let clock = new Date("2026-12-05T13:55:00.000Z");
    const checkIns = createCheckIns(store, { get: async () => event }, { now: () => clock });
    expect((await checkIns.checkIn(organiser, "event1", booking.id)).checkedInAt).toBe("2026-12-05T13:55:00.000Z");
    clock = new Date("2026-12-05T14:05:00.000Z");
    expect((await checkIns.checkIn(organiser, "event1", booking.id)).checkedInAt).toBe("2026-12-05T13:55:00.000Z");
  });

  it("is not found for another organiser, another event's booking, a deleted event or no such booking, and writes nothing", async () => {
    const { store, table } = inMemory([booking]);
    const checkIns = (found: EventRecord | undefined) => createCheckIns(store, { get: async () => found });
    await expect(checkIns(event).checkIn({ id: "admin2", username: "admin2" }, "event1", booking.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(checkIns(event).checkIn(organiser, "event2", booking.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(checkIns({ ...event, deletedAt: "2026-12-01T00:00:00.000Z" }).checkIn(organiser, "event1", booking.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(checkIns(event).checkIn(organiser, "event1", "event1.s1~fan2")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(table.bookings.get("event1.s1|fan1")?.checkedInAt).toBeUndefined();
  });
});
