import { describe, expect, it } from "vitest";
import type { SlotBookingContext } from "../events/records";
import { inMemoryBookingMoves } from "../testing/in-memory-booking-store";
import { memoryTable, movedAwayKey, type StoredCounter } from "../testing/memory-table";
import { inviteSequence, inviteUid } from "./invite-identity";
import { createBookingMoves } from "./move";
import type { BookingRecord } from "./records";

const context = (startsAt: string, extra: Partial<SlotBookingContext> = {}): SlotBookingContext => ({
  eventId: "ev1",
  adminId: "admin1",
  adminUsername: "olga",
  event: { title: "Signing", slug: "signing", date: "2030-06-01", timezone: "Europe/Berlin" },
  startsAt,
  endsAt: new Date(Date.parse(startsAt) + 30 * 60_000).toISOString(),
  eventRevision: 2,
  bookingOpensAt: null,
  bookingClosesAt: null,
  maxBookingsPerFan: 2,
  maxPartySize: 4,
  waitlist: true,
  ...extra,
});

/** The move port over the in-memory table (the transaction's conditions: the booking as read, room for its seats). */
function memoryStore() {
  const table = memoryTable();
  return { store: inMemoryBookingMoves(table), bookings: table.bookings, counters: table.counters, movedAway: table.movedAway };
}

const counter = (slotId: string, startsAt: string, capacity: number, bookedCount = 0, extra: Partial<SlotBookingContext> = {}): StoredCounter => ({
  slotId,
  eventId: "ev1",
  bookedCount,
  heldCount: 0,
  waitingCount: 0,
  capacity,
  bookable: true,
  context: context(startsAt, extra),
  definition: startsAt,
});

const fan = { id: "fan1", username: "fan1" };
const original: BookingRecord = {
  id: "ev1.a~fan1",
  slotId: "ev1.a",
  fanId: "fan1",
  fanUsername: "fan1",
  fanName: "Fran",
  fanEmail: "fran@example.org",
  fanPhone: null,
  seats: 2,
  limited: true,
  accountEmail: "fran@example.com",
  status: "confirmed",
  createdAt: "2030-05-01T10:00:00.000Z",
  eventRevision: 2,
  eventId: "ev1",
  adminId: "admin1",
  adminUsername: "olga",
  event: { title: "Signing", slug: "signing", date: "2030-06-01", timezone: "Europe/Berlin" },
  startsAt: "2030-06-01T08:00:00.000Z",
  endsAt: "2030-06-01T08:30:00.000Z",
};

function setup(now = "2030-05-20T12:00:00.000Z", targetExtra: Partial<SlotBookingContext> = {}, targetBooked = 0) {
  const memory = memoryStore();
  memory.bookings.set("ev1.a|fan1", { ...original });
  memory.counters.set("ev1.a", counter("ev1.a", original.startsAt, 5, 2));
  memory.counters.set("ev1.b", counter("ev1.b", "2030-06-01T09:00:00.000Z", 3, targetBooked, targetExtra));
  const moves = createBookingMoves(memory.store, { now: () => new Date(now) });
  return { ...memory, moves };
}

describe("moving a booking", () => {
  it("moves its seats to the other slot, keeping the fan's details, the per-fan count and the calendar entry (same UID, next SEQUENCE)", async () => {
    const { moves, bookings, counters, movedAway } = setup();
    const view = await moves.move(fan, original.id, { slotId: "ev1.b" });
    expect(view).toMatchObject({ id: "ev1.b~fan1", slotId: "ev1.b", startsAt: "2030-06-01T09:00:00.000Z", seats: 2, fanName: "Fran", status: "confirmed", createdAt: "2030-05-20T12:00:00.000Z" });
    expect(counters.get("ev1.a")!.bookedCount).toBe(0);
    expect(counters.get("ev1.b")!.bookedCount).toBe(2);
    expect(movedAway.has(movedAwayKey(original))).toBe(true);
    const moved = bookings.get("ev1.b|fan1")!;
    expect(moved).toMatchObject({ limited: true, accountEmail: "fran@example.com", movedFrom: { bookingId: original.id, slotId: "ev1.a", startsAt: original.startsAt, createdAt: original.createdAt } });
    expect(inviteUid(moved)).toBe(inviteUid(original));
    expect(inviteSequence(moved, "request")).toBe(inviteSequence(original, "request") + 1);
    expect(inviteSequence(moved, "cancel")).toBe(inviteSequence(moved, "request") + 1);

    // Moved again (back): still the first booking's entry, one SEQUENCE higher again.
    const back = await moves.move(fan, moved.id, { slotId: "ev1.a" });
    const again = bookings.get("ev1.a|fan1")!;
    expect(back.id).toBe(original.id);
    expect(inviteUid(again)).toBe(inviteUid(original));
    expect(inviteSequence(again, "request")).toBe(inviteSequence(original, "request") + 2);
  });

  it("keeps the SEQUENCE rising when the target slot's copy of the event is an older revision than the booking's", async () => {
    const { moves, bookings } = setup(undefined, { eventRevision: 0 });
    await moves.move(fan, original.id, { slotId: "ev1.b" });
    expect(inviteSequence(bookings.get("ev1.b|fan1")!, "request")).toBe(inviteSequence(original, "request") + 1);
  });

  it("answers a retry of a move that succeeded, and a move to the slot it is in, with the booking as it is", async () => {
    const { moves, bookings } = setup();
    const first = await moves.move(fan, original.id, { slotId: "ev1.b" });
    expect(await moves.move(fan, original.id, { slotId: "ev1.b" })).toEqual(first);
    expect(await moves.move(fan, first.id, { slotId: "ev1.b" })).toEqual(first);
    expect(bookings.size).toBe(1);
  });

  it("refuses a full slot and leaves the booking and both counts as they were", async () => {
    const { moves, bookings, counters } = setup(undefined, {}, 2);
    await expect(moves.move(fan, original.id, { slotId: "ev1.b" })).rejects.toMatchObject({ code: "SLOT_FULL" });
    expect(bookings.get("ev1.a|fan1")).toEqual(original);
    expect(bookings.has("ev1.b|fan1")).toBe(false);
    expect([counters.get("ev1.a")!.bookedCount, counters.get("ev1.b")!.bookedCount]).toEqual([2, 2]);
  });

  it("follows the on-sale rules of the target slot and refuses a booking whose own slot has started", async () => {
    await expect(setup("2030-06-01T08:10:00.000Z").moves.move(fan, original.id, { slotId: "ev1.b" })).rejects.toMatchObject({ code: "SLOT_IN_PAST" });
    await expect(setup("2030-06-01T09:10:00.000Z").moves.move(fan, original.id, { slotId: "ev1.b" })).rejects.toMatchObject({ code: "SLOT_IN_PAST" });
    await expect(setup(undefined, { bookingOpensAt: "2030-05-25T00:00:00.000Z" }).moves.move(fan, original.id, { slotId: "ev1.b" })).rejects.toMatchObject({
      code: "NOT_OPEN_YET",
      details: [{ path: "opensAt", message: "2030-05-25T00:00:00.000Z" }],
    });
    await expect(setup(undefined, { bookingClosesAt: "2030-05-19T00:00:00.000Z" }).moves.move(fan, original.id, { slotId: "ev1.b" })).rejects.toMatchObject({ code: "BOOKING_CLOSED" });
  });

  it("refuses another event's slot (400), a slot the fan holds (409), someone else's or an unknown booking (404)", async () => {
    const { moves, bookings } = setup();
    await expect(moves.move(fan, original.id, { slotId: "ev2.b" })).rejects.toMatchObject({ code: "VALIDATION_FAILED", details: [{ path: "slotId" }] });
    bookings.set("ev1.b|fan1", { ...original, id: "ev1.b~fan1", slotId: "ev1.b", createdAt: "2030-05-02T10:00:00.000Z" });
    await expect(moves.move(fan, original.id, { slotId: "ev1.b" })).rejects.toMatchObject({ code: "ALREADY_BOOKED" });
    await expect(moves.move({ id: "fan2", username: "fan2" }, original.id, { slotId: "ev1.b" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(moves.move(fan, "ev1.c~fan1", { slotId: "ev1.b" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(moves.move(fan, original.id, { slotId: "ev1.nosuchslot" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
