import { describe, expect, it } from "vitest";
import { inMemoryBookingStore } from "../testing/in-memory-booking-store";
import { bookingKey, memoryTable } from "../testing/memory-table";
import { testBooking } from "../bookings/test-booking";
import { signReleaseToken } from "./release-token";
import { createReleases } from "./releases";

const secret = "s".repeat(43);
const held = testBooking({ id: "ev1.a~fan1", slotId: "ev1.a", fanId: "fan1", seats: 2, createdAt: "2030-05-01T10:00:00.000Z", startsAt: "2030-06-01T14:00:00.000Z" });

/** Zoë's booking in the table, her two seats taken on its slot; `cancelled`: the bookings removed since. */
function setup(now = "2030-05-31T14:00:00.000Z") {
  const table = memoryTable();
  table.bookings.set(bookingKey(held.slotId, held.fanId), held);
  table.counters.set(held.slotId, { slotId: held.slotId, eventId: held.eventId, bookedCount: 2, heldCount: 0, waitingCount: 0, capacity: 4, bookable: true });
  const cancelled = () => table.stream.filter((record) => record.kind === "removed").map((record) => record.booking.id);
  return { releases: createReleases(inMemoryBookingStore(table), { secret: () => secret, now: () => new Date(now) }), table, cancelled };
}

describe("releasing a seat through a reminder's link", () => {
  it("shows the booking, then cancels exactly that booking, once", async () => {
    const { releases, cancelled, table } = setup();
    const token = signReleaseToken(held, secret);
    expect(await releases.view(token)).toEqual({ event: { title: "Signing", slug: "signing", date: "2026-12-05", timezone: "Europe/Berlin" }, startsAt: held.startsAt, endsAt: held.endsAt, seats: 2, fanName: "Zoë Fan" });
    await releases.release(token);
    expect(cancelled()).toEqual([held.id]);
    // Its seats are free again (for the waitlist).
    expect(table.counters.get(held.slotId)!.bookedCount).toBe(0);
    await expect(releases.release(token)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(releases.view(token)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("never touches a later booking of the same seat (the link names the booking it was sent for)", async () => {
    const { releases, table, cancelled } = setup();
    const token = signReleaseToken(held, secret);
    table.bookings.set(bookingKey(held.slotId, held.fanId), { ...held, createdAt: "2030-05-02T10:00:00.000Z" });
    await expect(releases.view(token)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(releases.release(token)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(cancelled()).toEqual([]);
  });

  it("refuses a forged link (401) and one whose slot has started (409 SLOT_IN_PAST), changing nothing", async () => {
    const token = signReleaseToken(held, secret);
    const { releases, cancelled } = setup();
    await expect(releases.release(`${token.slice(0, -3)}abc`)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(releases.view(signReleaseToken(held, "t".repeat(43)))).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    const late = setup(held.startsAt);
    await expect(late.releases.release(token)).rejects.toMatchObject({ code: "SLOT_IN_PAST" });
    expect([...cancelled(), ...late.cancelled()]).toEqual([]);
  });
});
