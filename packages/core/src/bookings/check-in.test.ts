import { describe, expect, it } from "vitest";
import type { EventRecord } from "../events/records";
import { createCheckIns, type CheckInStore } from "./check-in";
import type { BookingRecord } from "./records";
import { testBooking } from "./test-booking";

/** Bookings in memory, keyed as the table keys them; arrival kept as the table keeps it (first one stands). */
function inMemoryCheckIns(bookings: BookingRecord[]): CheckInStore & { bookings: Map<string, BookingRecord> } {
  const byKey = new Map(bookings.map((booking) => [`${booking.slotId}/${booking.fanId}`, booking]));
  return {
    bookings: byKey,
    async checkIn(slotId, fanId, at) {
      const booking = byKey.get(`${slotId}/${fanId}`);
      if (!booking) return undefined;
      const updated = { ...booking, checkedInAt: booking.checkedInAt ?? at };
      byKey.set(`${slotId}/${fanId}`, updated);
      return updated;
    },
  };
}

const event = { id: "event1", adminId: "admin1" } as EventRecord;
const organiser = { id: "admin1", username: "admin1" };
const booking = testBooking({ id: "event1.s1~fan1", slotId: "event1.s1" });

describe("check-in", () => {
  it("marks arrival with the clock's time, and a second check-in keeps the first time", async () => {
    const store = inMemoryCheckIns([booking]);
    let clock = new Date("2026-12-05T13:55:00.000Z");
    const checkIns = createCheckIns(store, { get: async () => event }, { now: () => clock });
    expect((await checkIns.checkIn(organiser, "event1", booking.id)).checkedInAt).toBe("2026-12-05T13:55:00.000Z");
    clock = new Date("2026-12-05T14:05:00.000Z");
    expect((await checkIns.checkIn(organiser, "event1", booking.id)).checkedInAt).toBe("2026-12-05T13:55:00.000Z");
  });

  it("is not found for another organiser, another event's booking, a deleted event or no such booking, and writes nothing", async () => {
    const store = inMemoryCheckIns([booking]);
    const checkIns = (found: EventRecord | undefined) => createCheckIns(store, { get: async () => found });
    await expect(checkIns(event).checkIn({ id: "admin2", username: "admin2" }, "event1", booking.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(checkIns(event).checkIn(organiser, "event2", booking.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(checkIns({ ...event, deletedAt: "2026-12-01T00:00:00.000Z" }).checkIn(organiser, "event1", booking.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(checkIns(event).checkIn(organiser, "event1", "event1.s1~fan2")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(store.bookings.get("event1.s1/fan1")?.checkedInAt).toBeUndefined();
  });
});
