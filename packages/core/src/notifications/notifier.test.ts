import { describe, expect, it } from "vitest";
import { parseInvite } from "../../../../tests/support/python-validators";
import type { BookingRecord } from "../bookings/records";
import type { EventRecord } from "../events/records";
import type { WaitlistEntryRecord } from "../waitlist/records";
import { revises } from "../events/revisions";
import { inviteUid } from "./calendar-invite";
import { inMemoryProfileStore } from "../testing/in-memory-accounts";
import { inMemoryBookingDetails, inMemoryBookingMoves, inMemoryBookingStore } from "../testing/in-memory-booking-store";
import { inMemoryEventStore } from "../testing/in-memory-event-store";
import { claimLeaseMs, inMemorySentMailLog, memoryMailbox } from "../testing/in-memory-mail";
import { bookingKey, memoryTable } from "../testing/memory-table";
import { inMemoryWorld, organiser } from "../testing/world";
import { createNotifier, RetryLater } from "./notifier";
import { testEvent } from "../events/test-event";

const event = testEvent();

const bookingOf = (fan: string, slotId: string, extra: Partial<BookingRecord> = {}): BookingRecord => {
  const slot = event.slots.find((candidate) => candidate.id === slotId)!;
  return {
    id: `${slotId}.${fan}`,
    slotId,
    eventId: event.id,
    adminId: event.adminId,
    adminUsername: event.adminUsername,
    event: { title: event.title, slug: "signing", date: event.date, timezone: event.timezone },
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
    fanId: fan,
    fanUsername: fan,
    fanName: `Fan ${fan}`,
    fanEmail: `${fan}-typed@example.org`,
    fanPhone: null,
    accountEmail: `${fan}@example.com`,
    status: "confirmed",
    createdAt: "2026-11-02T10:00:00.000Z",
    eventRevision: 0,
    ...extra,
  };
};

/** The notifier over the in-memory table: the event, the bookings, the organiser's profile; a sent-mail log and an outbox. */
function harness(bookings: BookingRecord[], current: EventRecord | undefined, options: { organiser?: boolean; now?: () => Date } = {}) {
  const table = memoryTable();
  for (const booking of bookings) table.bookings.set(bookingKey(booking.slotId, booking.fanId), { ...booking });
  if (current) table.events.set(current.id, current);
  if (options.organiser !== false) {
    table.profiles.set("admin1", { id: "admin1", username: "olga", email: "olga@example.com", name: "Olga Organiser", phone: null, createdAt: "", updatedAt: "" });
  }
  const mailbox = memoryMailbox();
  const sentLog = inMemorySentMailLog(options);
  const notifier = createNotifier({
    mail: mailbox,
    sentLog,
    events: inMemoryEventStore(table),
    bookings: { ...inMemoryBookingStore(table), ...inMemoryBookingDetails(table) },
    profiles: inMemoryProfileStore(table),
    moves: inMemoryBookingMoves(table),
    siteUrl: "https://slotbook.example",
    sender: "no-reply@slotbook.example",
  });
  /** A booking as the table now holds it, by its id. */
  const stored = (id: string) => [...table.bookings.values()].find((booking) => booking.id === id);
  return { notifier, table, stored, sentLog, mailbox, outbox: mailbox.outbox, movedAway: table.movedAway, failNext: () => mailbox.failNext() };
}

const change = (before: EventRecord, edit: Partial<EventRecord>): EventRecord => {
  const after = { ...before, ...edit, version: before.version + 1, updatedAt: "2026-11-03T10:00:00.000Z" };
  return revises(before, after) ? { ...after, revision: (before.revision ?? 0) + 1 } : after;
};

describe("fans hear of changes to an event they booked", () => {
  it("a new title: each booked fan gets one updated invite (same UID, higher SEQUENCE), at their account email", async () => {
    const bookings = [bookingOf("ann", "slotA"), bookingOf("bob", "slotB")];
    const after = change(event, { title: "Signing, with cake" });
    const { notifier, outbox, stored } = harness(bookings, after);
    await notifier.eventRevised(event, after);

    expect(outbox.map((mail) => mail.to).sort()).toEqual(["ann@example.com", "bob@example.com"]);
    for (const mail of outbox) {
      expect(mail.subject).toMatch(/^Changed: Signing, with cake/);
      expect(mail.text).toContain("Before: Signing");
      expect(mail.fromName).toBe("Olga Organiser via Slotbook");
      const invite = parseInvite(mail.calendar!.content).events[0]!;
      expect(invite).toMatchObject({ summary: "Signing, with cake", sequence: 1, status: "CONFIRMED" });
      expect(invite.uid).toContain(mail.to.startsWith("ann") ? "slotA.ann" : "slotB.bob");
    }
    // The bookings' own copies now say what the fans were told.
    expect(stored("slotA.ann")).toMatchObject({ event: { title: "Signing, with cake" }, eventRevision: 1 });
  });

  it("a retried stream record sends nothing twice, and a failed send is retried alone", async () => {
    const bookings = [bookingOf("ann", "slotA"), bookingOf("bob", "slotA")];
    const after = change(event, { title: "Signing, with cake" });
    const { notifier, outbox, failNext } = harness(bookings, after);
    failNext();
    await expect(notifier.eventRevised(event, after)).rejects.toThrow("SES is down");
    expect(outbox).toHaveLength(1);
    await notifier.eventRevised(event, after); // the stream retries the record
    await notifier.eventRevised(event, after); // and delivers it once more for good measure
    expect(outbox.map((mail) => mail.to).sort()).toEqual(["ann@example.com", "bob@example.com"]);
  });

  it("tells only the fans whose slot moved, and nobody of a change they can't see", async () => {
    const bookings = [bookingOf("ann", "slotA"), bookingOf("bob", "slotB")];
    const moved = change(event, { slots: [event.slots[0]!, { ...event.slots[1]!, startTime: "17:00", endTime: "17:30", startsAt: "2026-12-05T16:00:00.000Z", endsAt: "2026-12-05T16:30:00.000Z" }] });
    const first = harness(bookings, moved);
    await first.notifier.eventRevised(event, moved);
    expect(first.outbox.map((mail) => mail.to)).toEqual(["bob@example.com"]);
    expect(parseInvite(first.outbox[0]!.calendar!.content).events[0]!.start).toBe("2026-12-05T16:00:00+00:00");

    const described = change(event, { description: "Bring two pens." });
    expect(described.revision).toBeUndefined();
    const second = harness(bookings, described);
    await second.notifier.eventRevised(event, described);
    expect(second.outbox).toEqual([]);
  });

  it("a zone given under another name for the same zone is no change; a real zone change is", async () => {
    const alias = { ...event, timezone: "Asia/Calcutta" };
    expect(revises(alias, { ...alias, timezone: "Asia/Kolkata" })).toBe(false);
    expect(revises(event, { ...event, timezone: "Europe/Lisbon" })).toBe(true);
  });

  it("sends nothing to a fan whose record has no account email (never to the contact email typed)", async () => {
    const { accountEmail: _none, ...old } = bookingOf("ann", "slotA");
    const after = change(event, { title: "Signing, with cake" });
    const { notifier, outbox } = harness([old as BookingRecord, bookingOf("bob", "slotA")], after);
    await notifier.eventRevised(event, after);
    expect(outbox.map((mail) => mail.to)).toEqual(["bob@example.com"]);
    await notifier.bookingCreated(old as BookingRecord);
    expect(outbox.map((mail) => mail.to)).toEqual(["bob@example.com", "olga@example.com"]);
  });

  it("a cancellation after an update carries a higher SEQUENCE, even before the booking's copy caught up", async () => {
    const booking = bookingOf("ann", "slotA");
    const after = change(event, { title: "Signing, with cake" });
    const { notifier, outbox } = harness([booking], after);
    await notifier.eventRevised(event, after);
    const update = parseInvite(outbox[0]!.calendar!.content).events[0]!;
    // The stream's old image of the removed booking may predate the update.
    await notifier.bookingRemoved(booking);
    const cancellation = outbox.find((mail) => mail.subject.startsWith("Cancelled"))!;
    const cancel = parseInvite(cancellation.calendar!.content).events[0]!;
    expect(cancel.uid).toBe(update.uid);
    expect(cancel.sequence).toBeGreaterThan(update.sequence);
    expect(cancel.summary).toBe("Signing, with cake");
  });

  it("a later change that reached a booking first makes the earlier one's email moot", async () => {
    const second = change(change(event, { title: "Two" }), { title: "Three" });
    const booking = bookingOf("ann", "slotA", { eventRevision: 2, event: { ...bookingOf("ann", "slotA").event, title: "Three" } });
    const { notifier, outbox } = harness([booking], second);
    await notifier.eventRevised(event, change(event, { title: "Two" }));
    expect(outbox).toEqual([]);
  });
});

describe("a fan moves their booking", () => {
  it("one 'moved' email with the updated invite (same UID, higher SEQUENCE) and one organiser notice; the removal sends no cancellation", async () => {
    const before = bookingOf("ann", "slotA");
    const moved = bookingOf("ann", "slotB", {
      id: "slotB.ann",
      createdAt: "2026-11-04T10:00:00.000Z",
      movedFrom: { bookingId: before.id, slotId: "slotA", startsAt: before.startsAt, endsAt: before.endsAt, createdAt: before.createdAt },
      inviteUid: inviteUid(before),
      sequenceOffset: 1,
    });
    const { notifier, outbox, movedAway } = harness([moved], event);
    await notifier.bookingCreated(before);
    const confirmed = parseInvite(outbox[0]!.calendar!.content).events[0]!;
    outbox.length = 0;

    movedAway.add(`slotA|ann|${before.createdAt}`);
    await notifier.bookingRemoved(before);
    await notifier.bookingCreated(moved);
    await notifier.bookingCreated(moved); // a retried record sends nothing twice
    expect(outbox.map((mail) => [mail.to, mail.subject.split(":")[0]])).toEqual([
      ["ann@example.com", "Moved"],
      ["olga@example.com", "Booking moved"],
    ]);
    const [toFan, toOrganiser] = outbox;
    expect(toFan!.text).toContain("Before: Saturday, 5 December 2026, 15:00–15:30");
    expect(toFan!.text).toMatch(/When: Saturday, 5 December 2026, 16:00–16:30/);
    expect(toOrganiser!.text).toContain("Fan ann moved their booking");
    const invite = parseInvite(toFan!.calendar!.content);
    expect(invite.method).toBe("REQUEST");
    expect(invite.events[0]).toMatchObject({ uid: confirmed.uid, sequence: confirmed.sequence + 1, start: "2026-12-05T15:00:00+00:00" });

    // Cancelled later (not moved): the cancellation supersedes the moved invite.
    await notifier.bookingRemoved(moved);
    const cancel = parseInvite(outbox.find((mail) => mail.subject.startsWith("Cancelled"))!.calendar!.content).events[0]!;
    expect(cancel).toMatchObject({ uid: confirmed.uid, sequence: confirmed.sequence + 2, status: "CANCELLED" });
  });
});

describe("a booking's own emails", () => {
  it("a new booking: the fan's confirmation (with the invite) at their account email, the organiser's notice; a retried record sends neither again", async () => {
    const booking = bookingOf("ann", "slotA");
    const { notifier, outbox, mailbox } = harness([booking], event);
    await notifier.bookingCreated(booking);
    await notifier.bookingCreated(booking);
    expect(outbox.map((mail) => [mail.to, mail.subject.split(":")[0], mail.calendar?.method])).toEqual([
      ["ann@example.com", "Booked", "REQUEST"],
      ["olga@example.com", "New booking", undefined],
    ]);
    expect(outbox[0]!.fromName).toBe("Olga Organiser via Slotbook");
    expect(mailbox.from).toEqual(["no-reply@slotbook.example", "no-reply@slotbook.example"]);
  });

  it("an organiser without a profile: the fan is still told, from Slotbook; nobody else is", async () => {
    const booking = bookingOf("ann", "slotA");
    const { notifier, outbox } = harness([booking], event, { organiser: false });
    await notifier.bookingCreated(booking);
    expect(outbox.map((mail) => [mail.to, mail.fromName])).toEqual([["ann@example.com", "Slotbook"]]);
  });

  it("a booking that copied the event just before it changed: the email shows the change, and the stored copy catches up", async () => {
    const booking = bookingOf("ann", "slotA");
    const after = change(event, { title: "Signing, with cake" });
    const { notifier, outbox, stored } = harness([booking], after);
    await notifier.bookingCreated(booking);
    expect(outbox[0]!.subject).toMatch(/^Booked: Signing, with cake/);
    expect(parseInvite(outbox[0]!.calendar!.content).events[0]).toMatchObject({ summary: "Signing, with cake", sequence: 1 });
    expect(stored(booking.id)).toMatchObject({ event: { title: "Signing, with cake" }, eventRevision: 1 });
  });

  it("tells the fan who cancelled: they did, the organiser did, or the organiser deleted the event", async () => {
    const world = inMemoryWorld();
    const published = await world.publishedEvent();
    const slotId = published.slots[0]!.id;
    const [ann, bob, cem] = [await world.fan("Ann"), await world.fan("Bob"), await world.fan("Cem")];
    const mailbox = memoryMailbox();
    const notifier = createNotifier({
      mail: mailbox,
      sentLog: inMemorySentMailLog(),
      events: world.eventStore,
      bookings: { ...world.bookingStore, ...inMemoryBookingDetails(world.table) },
      profiles: world.profiles,
      moves: inMemoryBookingMoves(world.table),
      siteUrl: "https://slotbook.example",
      sender: "no-reply@slotbook.example",
    });
    /** The table's stream passed on as it comes: each removal's old image, in order. */
    let passed = 0;
    const passOn = async () => {
      for (const record of world.table.stream.slice(passed)) if (record.kind === "removed") await notifier.bookingRemoved(record.booking);
      passed = world.table.stream.length;
    };

    const annBooking = await world.bookings.book(ann, { slotId, seats: 1 });
    const bobBooking = await world.bookings.book(bob, { slotId: published.slots[1]!.id, seats: 1 });
    await world.bookings.book(cem, { slotId: published.slots[1]!.id, seats: 1 });
    await world.bookings.cancel(ann, annBooking.id);
    await passOn();
    await world.bookings.cancelAsOrganiser(organiser, published.id, bobBooking.id);
    await passOn();
    await world.events.remove(organiser, published.id);
    await passOn();
    const toFan = (name: string) => mailbox.outbox.find((mail) => mail.to === `${name}@example.com`)!;
    expect(toFan("ann").text).toContain("your booking is cancelled.");
    expect(toFan("bob").text).toContain("the organiser has cancelled your booking.");
    expect(toFan("cem").text).toContain("the organiser has cancelled this event");
    const notices = mailbox.outbox.filter((mail) => mail.to === "olga@example.com").map((mail) => mail.text);
    expect(notices).toEqual([
      expect.stringContaining("Ann cancelled their booking."),
      expect.stringContaining("You cancelled Bob's booking; they have been told."),
      expect.stringContaining("Cem's booking was cancelled with the event."),
    ]);
    for (const name of ["ann", "bob", "cem"]) expect(parseInvite(toFan(name).calendar!.content).events[0]!.status).toBe("CANCELLED");
  });

  it("a send that fails frees its claim: the retried record sends only what is missing", async () => {
    const booking = bookingOf("ann", "slotA");
    const { notifier, outbox, failNext } = harness([booking], event);
    failNext();
    await expect(notifier.bookingCreated(booking)).rejects.toThrow("SES is down");
    expect(outbox.map((mail) => mail.to)).toEqual(["olga@example.com"]);
    await notifier.bookingCreated(booking);
    expect(outbox.map((mail) => mail.to)).toEqual(["olga@example.com", "ann@example.com"]);
  });

  it("an email another attempt is sending is left to it (retry later); one whose attempt died is sent after the lease", async () => {
    const booking = bookingOf("ann", "slotA");
    let clock = new Date("2026-11-02T10:00:00.000Z");
    const { notifier, outbox, sentLog } = harness([booking], event, { now: () => clock });
    // Another attempt claimed the fan's confirmation and has not finished.
    expect(await sentLog.claim(`${booking.id}#${booking.createdAt}`, "fan-confirmation")).toBe("go");
    await expect(notifier.bookingCreated(booking)).rejects.toBeInstanceOf(RetryLater);
    expect(outbox.map((mail) => mail.to)).toEqual(["olga@example.com"]);

    clock = new Date(clock.getTime() + claimLeaseMs - 1);
    await expect(notifier.bookingCreated(booking)).rejects.toBeInstanceOf(RetryLater);
    clock = new Date(clock.getTime() + 2);
    await notifier.bookingCreated(booking);
    await notifier.bookingCreated(booking);
    expect(outbox.map((mail) => mail.to)).toEqual(["olga@example.com", "ann@example.com"]);
  });
});

describe("a waitlist offer", () => {
  const entry = (offeredAt: string): WaitlistEntryRecord => ({
    id: "slotA~w~ann",
    slotId: "slotA",
    eventId: event.id,
    fanId: "ann",
    fanUsername: "ann",
    fanName: "Fan ann",
    accountEmail: "ann@example.com",
    seats: 2,
    status: "offered",
    joinedAt: "2026-11-01T10:00:00.000Z",
    offeredAt,
    offerExpiresAt: "2026-11-02T12:00:00.000Z",
    context: {
      eventId: event.id,
      adminId: "admin1",
      adminUsername: "olga",
      event: { title: "Signing", slug: "signing", date: event.date, timezone: event.timezone },
      startsAt: event.slots[0]!.startsAt,
      endsAt: event.slots[0]!.endsAt,
      eventRevision: 0,
      bookingOpensAt: null,
      bookingClosesAt: null,
      maxBookingsPerFan: null,
      maxPartySize: 2,
      waitlist: true,
    },
  });

  it("is told once per offer, with its claim link; a later offer to the same fan is a new email", async () => {
    const { notifier, outbox } = harness([], event);
    await notifier.offerMade(entry("2026-11-02T10:00:00.000Z"));
    await notifier.offerMade(entry("2026-11-02T10:00:00.000Z"));
    expect(outbox.map((mail) => [mail.to, mail.fromName])).toEqual([["ann@example.com", "Olga Organiser via Slotbook"]]);
    expect(outbox[0]!.text).toContain("https://slotbook.example/me/waitlist/slotA~w~ann/claim");
    await notifier.offerMade(entry("2026-11-03T10:00:00.000Z"));
    expect(outbox).toHaveLength(2);
  });

  it("a failed send is sent again on the retry", async () => {
    const { notifier, outbox, failNext } = harness([], event);
    failNext();
    await expect(notifier.offerMade(entry("2026-11-02T10:00:00.000Z"))).rejects.toThrow("SES is down");
    await notifier.offerMade(entry("2026-11-02T10:00:00.000Z"));
    expect(outbox).toHaveLength(1);
  });
});
