import { describe, expect, it } from "vitest";
import { eventInput, inMemoryWorld, organiser, type CreateEventInput } from "../testing/world";
import type { BookingStore } from "./booking-store";
import { createBookings, type Bookings } from "./bookings";

type BookInput = Parameters<Bookings["book"]>[1];

/** 15:00 and 16:00 in Berlin on 1 June 2030 (summer time, UTC+2). */
const firstStart = "2030-06-01T13:00:00.000Z";

/** A world with one published event; `seatsLeft` reads what the public page says of a slot. */
async function setup(event: Partial<CreateEventInput> = {}) {
  const world = inMemoryWorld();
  const published = await world.publishedEvent(event);
  const [first, second] = published.slots.map((slot) => slot.id) as [string, string];
  const seatsLeft = async (slotId: string) => (await world.events.getPublicSlots(published.slug!)).items.find((slot) => slot.id === slotId)!.available;
  const booked = (slotId: string) => world.table.counters.get(slotId)!.bookedCount;
  const input = (slotId: string, extra: Partial<BookInput> = {}): BookInput => ({ slotId, seats: 1, ...extra });
  return { ...world, published, first, second, seatsLeft, booked, input };
}

/** The same store, with something happening between a booking's read and its write (another request, say). */
const betweenReadAndWrite = (store: BookingStore, meanwhile: () => Promise<void> | void): BookingStore => {
  let done = false;
  return {
    ...store,
    async readForBooking(...args) {
      const read = await store.readForBooking(...args);
      if (!done) (done = true), await meanwhile();
      return read;
    },
  };
};

describe("booking a seat", () => {
  it("takes a seat and copies the event and the fan's profile onto the booking", async () => {
    const { bookings, fan, first, seatsLeft, input, table } = await setup();
    const ann = await fan("Ann", { phone: "+4915112345678" });
    const view = await bookings.book(ann, input(first));
    expect(view).toMatchObject({
      slotId: first,
      startsAt: firstStart,
      event: { title: "Signing", date: "2030-06-01", timezone: "Europe/Berlin" },
      fanName: "Ann",
      fanEmail: "ann@example.com",
      fanPhone: "+4915112345678",
      seats: 1,
      status: "confirmed",
      checkedInAt: null,
      createdAt: "2030-05-01T10:00:00.000Z",
    });
    expect(await seatsLeft(first)).toBe(1);
    expect(table.stream).toEqual([{ kind: "inserted", booking: expect.objectContaining({ id: view.id }) }]);
  });

  it("shows the organiser the contact details the fan typed, but mails only the account's own address", async () => {
    const { bookings, bookingStore, fan, first, input } = await setup();
    const ann = await fan("Ann");
    const view = await bookings.book(ann, input(first, { fanName: "Ann B.", fanEmail: "ann.work@example.org", fanPhone: null }));
    expect(view).toMatchObject({ fanName: "Ann B.", fanEmail: "ann.work@example.org", fanPhone: null });
    expect((await bookingStore.get(first, ann.id))!.accountEmail).toBe("ann@example.com");
  });

  it("fills a slot to its capacity, then answers SLOT_FULL and takes no more seats", async () => {
    const { bookings, fan, first, second, input, booked, seatsLeft } = await setup();
    await bookings.book(await fan("Ann"), input(first));
    await bookings.book(await fan("Bob"), input(first));
    await expect(bookings.book(await fan("Cem"), input(first))).rejects.toMatchObject({ code: "SLOT_FULL" });
    expect(booked(first)).toBe(2);
    expect(await seatsLeft(first)).toBe(0);
    // The other slot is untouched.
    expect(await seatsLeft(second)).toBe(2);
  });

  it("in a rush of fans at once, exactly as many get in as there are seats", async () => {
    const { bookings, fan, first, input, booked } = await setup();
    const fans = await Promise.all(["Ann", "Bob", "Cem", "Dee", "Eli", "Fay"].map((name) => fan(name)));
    // All read the slot before any writes: the store's conditional write is what keeps the count.
    const results = await Promise.allSettled(fans.map((one) => bookings.book(one, input(first))));
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(2);
    const refused = results.filter((result): result is PromiseRejectedResult => result.status === "rejected");
    expect(refused.map((result) => result.reason.code)).toEqual(["SLOT_FULL", "SLOT_FULL", "SLOT_FULL", "SLOT_FULL"]);
    expect(booked(first)).toBe(2);
  });

  it("counts seats held for waitlist offers as taken", async () => {
    const { bookings, fan, first, input, table, seatsLeft } = await setup();
    table.counters.set(first, { ...table.counters.get(first)!, heldCount: 1 });
    expect(await seatsLeft(first)).toBe(1);
    await bookings.book(await fan("Ann"), input(first));
    await expect(bookings.book(await fan("Bob"), input(first))).rejects.toMatchObject({ code: "SLOT_FULL" });
  });

  it("a seat put on hold between its read and its write: booked on a fresh read if room is left, else SLOT_FULL", async () => {
    const world = await setup();
    const hold = (slotId: string) => () => void world.table.counters.set(slotId, { ...world.table.counters.get(slotId)!, heldCount: world.table.counters.get(slotId)!.heldCount + 1 });
    const ann = await world.fan("Ann");
    const roomLeft = createBookings(betweenReadAndWrite(world.bookingStore, hold(world.first)), world.eventStore, { now: () => world.clock.now });
    expect(await roomLeft.book(ann, world.input(world.first))).toMatchObject({ status: "confirmed" });
    expect(world.table.counters.get(world.first)).toMatchObject({ bookedCount: 1, heldCount: 1 });

    const bob = await world.fan("Bob");
    const noRoom = createBookings(betweenReadAndWrite(world.bookingStore, hold(world.second)), world.eventStore, { now: () => world.clock.now });
    await world.bookings.book(await world.fan("Cem"), world.input(world.second));
    await expect(noRoom.book(bob, world.input(world.second))).rejects.toMatchObject({ code: "SLOT_FULL" });
    expect(world.booked(world.second)).toBe(1);
  });

  it("answers ALREADY_BOOKED to a fan who holds the slot, and books them into another", async () => {
    const { bookings, fan, first, second, input, booked } = await setup();
    const ann = await fan("Ann");
    await bookings.book(ann, input(first));
    await expect(bookings.book(ann, input(first))).rejects.toMatchObject({ code: "ALREADY_BOOKED" });
    expect(booked(first)).toBe(1);
    expect((await bookings.book(ann, input(second))).slotId).toBe(second);
    expect((await bookings.list(ann)).items.map((item) => item.slotId)).toEqual([first, second]);
  });

  it("takes a party's seats together, up to the event's party size", async () => {
    const { bookings, fan, first, input, booked } = await setup({ maxPartySize: 2, slots: [{ startTime: "15:00", endTime: "15:30", capacity: 3 }] });
    await expect(bookings.book(await fan("Ann"), input(first, { seats: 3 }))).rejects.toMatchObject({ code: "VALIDATION_FAILED", details: [{ path: "seats" }] });
    expect((await bookings.book(await fan("Bob"), input(first, { seats: 2 }))).seats).toBe(2);
    expect(booked(first)).toBe(2);
    // One seat left: a party of two doesn't fit, one fan does.
    await expect(bookings.book(await fan("Cem"), input(first, { seats: 2 }))).rejects.toMatchObject({ code: "SLOT_FULL" });
    await bookings.book(await fan("Dee"), input(first));
    expect(booked(first)).toBe(3);
  });

  it("holds a fan to the event's per-fan limit, and a cancellation gives a slot back", async () => {
    const { bookings, fan, first, second, input, booked } = await setup({ maxBookingsPerFan: 1 });
    const ann = await fan("Ann");
    const firstBooking = await bookings.book(ann, input(first));
    await expect(bookings.book(ann, input(second))).rejects.toMatchObject({ code: "LIMIT_REACHED" });
    expect(booked(second)).toBe(0);
    await bookings.cancel(ann, firstBooking.id);
    expect((await bookings.book(ann, input(second))).slotId).toBe(second);
    // Another fan has a limit of their own.
    expect((await bookings.book(await fan("Bob"), input(second))).slotId).toBe(second);
  });

  it("follows the event's on-sale times and refuses a slot that has started", async () => {
    const opensAt = "2030-05-10T08:00:00.000Z";
    const closesAt = "2030-05-20T08:00:00.000Z";
    const world = await setup({ bookingOpensAt: opensAt, bookingClosesAt: closesAt });
    const ann = await world.fan("Ann");
    world.clock.now = new Date(Date.parse(opensAt) - 1);
    await expect(world.bookings.book(ann, world.input(world.first))).rejects.toMatchObject({ code: "NOT_OPEN_YET", details: [{ path: "opensAt", message: opensAt }] });
    world.clock.now = new Date(opensAt);
    await world.bookings.book(ann, world.input(world.first));
    world.clock.now = new Date(closesAt);
    await expect(world.bookings.book(ann, world.input(world.second))).rejects.toMatchObject({ code: "BOOKING_CLOSED" });

    const open = await setup();
    open.clock.now = new Date(firstStart);
    await expect(open.bookings.book(await open.fan("Bob"), open.input(open.first))).rejects.toMatchObject({ code: "SLOT_IN_PAST" });
    // The later slot is still on sale.
    expect((await open.bookings.book(await open.fan("Bob"), open.input(open.second))).status).toBe("confirmed");
  });

  it("is NOT_FOUND for a slot nobody can book: unpublished, deleted, unknown, or no slot id at all", async () => {
    const world = inMemoryWorld();
    const ann = await world.fan("Ann");
    const draft = await world.events.create(organiser, eventInput());
    await expect(world.bookings.book(ann, { slotId: draft.slots[0]!.id, seats: 1 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const published = await world.publishedEvent();
    await world.events.remove(organiser, published.id);
    await expect(world.bookings.book(ann, { slotId: published.slots[0]!.id, seats: 1 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(world.bookings.book(ann, { slotId: `${draft.id}.nosuchslot`, seats: 1 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(world.bookings.book(ann, { slotId: "noevent", seats: 1 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(world.table.bookings.size).toBe(0);
  });

  it("asks an account without a profile yet to open its account page, and books nothing", async () => {
    const { bookings, first, input, booked } = await setup();
    await expect(bookings.book({ id: "fan-new", username: "new@example.com" }, input(first))).rejects.toMatchObject({ code: "CONFLICT" });
    expect(booked(first)).toBe(0);
  });

  it("refuses with CONFLICT when the organiser changed the slot's times since the fan's read", async () => {
    const world = await setup();
    const ann = await world.fan("Ann");
    const reschedule = async () => {
      await world.events.update(organiser, world.published.id, { slots: [{ id: world.first, startTime: "15:10", endTime: "15:40" }, { id: world.second, startTime: "16:00", endTime: "16:30" }] });
    };
    const racing = createBookings(betweenReadAndWrite(world.bookingStore, reschedule), world.eventStore, { now: () => world.clock.now });
    await expect(racing.book(ann, world.input(world.first))).rejects.toMatchObject({ code: "CONFLICT" });
    // Booked again, from a fresh read, at the new time.
    expect((await world.bookings.book(ann, world.input(world.first))).startsAt).toBe("2030-06-01T13:10:00.000Z");
  });

  it("keeps the answers to the event's questions, and refuses a booking without a required one", async () => {
    const questions = [{ id: "q1", label: "T-shirt size", type: "choice" as const, required: true, options: ["S", "M", "L"] }];
    const { bookings, fan, first, input, booked } = await setup({ questions });
    const ann = await fan("Ann");
    await expect(bookings.book(ann, input(first))).rejects.toMatchObject({ code: "VALIDATION_FAILED", details: [{ path: "answers.q1" }] });
    expect(booked(first)).toBe(0);
    expect((await bookings.book(ann, input(first, { answers: { q1: "M" } }))).answers).toEqual({ q1: "M" });
  });
});

describe("an Idempotency-Key", () => {
  it("answers a retried request with the booking it made, taking one seat", async () => {
    const { bookings, fan, first, input, booked, table } = await setup();
    const ann = await fan("Ann");
    const made = await bookings.book(ann, input(first), "key-1");
    expect(await bookings.book(ann, input(first), "key-1")).toEqual(made);
    expect(booked(first)).toBe(1);
    expect(table.stream.filter((record) => record.kind === "inserted")).toHaveLength(1);
  });

  it("two identical requests racing each other get the same booking", async () => {
    const { bookings, fan, first, input, booked } = await setup();
    const ann = await fan("Ann");
    const [one, two] = await Promise.all([bookings.book(ann, input(first), "key-1"), bookings.book(ann, input(first), "key-1")]);
    expect(two).toEqual(one);
    expect(booked(first)).toBe(1);
  });

  it("is refused with CONFLICT for a different request, even one that only changes the seats", async () => {
    const { bookings, fan, first, second, input } = await setup({ maxPartySize: 2 });
    const ann = await fan("Ann");
    await bookings.book(ann, input(first), "key-1");
    await expect(bookings.book(ann, input(second), "key-1")).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(bookings.book(ann, input(first, { seats: 2 }), "key-1")).rejects.toMatchObject({ code: "CONFLICT" });
    // Another fan's key of the same name is theirs alone.
    expect((await bookings.book(await fan("Bob"), input(first), "key-1")).fanName).toBe("Bob");
  });

  it("replayed after the booking was cancelled: says cancelled and takes no seat, even once the fan has booked the slot again", async () => {
    const { bookings, fan, first, input, booked, clock } = await setup();
    const ann = await fan("Ann");
    const made = await bookings.book(ann, input(first), "key-1");
    await bookings.cancel(ann, made.id);
    expect(await bookings.book(ann, input(first), "key-1")).toEqual({ ...made, status: "cancelled" });
    expect(booked(first)).toBe(0);

    clock.now = new Date(clock.now.getTime() + 60_000);
    const again = await bookings.book(ann, input(first));
    expect(again.status).toBe("confirmed");
    // The key's booking is the cancelled one, not this later booking of the same seat.
    expect(await bookings.book(ann, input(first), "key-1")).toEqual({ ...made, status: "cancelled" });
    expect(booked(first)).toBe(1);
  });
});

describe("cancelling", () => {
  it("gives the fan's seat back; the booking is gone for them", async () => {
    const { bookings, fan, first, input, seatsLeft } = await setup();
    const ann = await fan("Ann");
    const made = await bookings.book(ann, input(first));
    await bookings.cancel(ann, made.id);
    expect(await seatsLeft(first)).toBe(2);
    expect((await bookings.list(ann)).items).toEqual([]);
    await expect(bookings.get(ann, made.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(bookings.cancel(ann, made.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("is NOT_FOUND for someone else's booking, which stays", async () => {
    const { bookings, fan, first, input, booked } = await setup();
    const made = await bookings.book(await fan("Ann"), input(first));
    const bob = await fan("Bob");
    await expect(bookings.cancel(bob, made.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(bookings.get(bob, made.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(bookings.cancel(bob, "not-a-booking-id")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(booked(first)).toBe(1);
  });

  it("by the organiser: the seat comes back and the removal says the organiser cancelled (for the fan's email)", async () => {
    const { bookings, fan, first, input, seatsLeft, published, table } = await setup();
    const made = await bookings.book(await fan("Ann"), input(first));
    await bookings.cancelAsOrganiser(organiser, published.id, made.id);
    expect(await seatsLeft(first)).toBe(2);
    expect(table.stream.at(-1)).toMatchObject({ kind: "removed", booking: { id: made.id, cancelledBy: "organiser" } });
    await expect(bookings.cancelAsOrganiser(organiser, published.id, made.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("by the organiser: only their own event's bookings, named under that event", async () => {
    const world = await setup();
    const made = await world.bookings.book(await world.fan("Ann"), world.input(world.first));
    await world.publishedEvent({}, { id: "admin2", username: "otto@example.com" });
    await expect(world.bookings.cancelAsOrganiser({ id: "admin2", username: "otto@example.com" }, world.published.id, made.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Another event of the same organiser: the booking is not one of its bookings.
    const another = await world.publishedEvent({ title: "Another signing" });
    await expect(world.bookings.cancelAsOrganiser(organiser, another.id, made.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(world.booked(world.first)).toBe(1);
  });
});

describe("the organiser's list of bookings", () => {
  it("lists their event's bookings by slot start, and nobody else's event", async () => {
    const { bookings, fan, first, second, input, published } = await setup();
    await bookings.book(await fan("Bob"), input(second));
    await bookings.book(await fan("Ann"), input(first));
    expect((await bookings.ofEvent(organiser, published.id)).items.map((item) => [item.slotId, item.fanName])).toEqual([
      [first, "Ann"],
      [second, "Bob"],
    ]);
    await expect(bookings.ofEvent({ id: "admin2", username: "otto@example.com" }, published.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
