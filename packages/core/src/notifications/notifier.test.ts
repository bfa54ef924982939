import { describe, expect, it } from "vitest";
import { parseInvite } from "../../../../tests/support/python-validators";
import type { BookingRecord } from "../bookings/records";
import type { EventRecord } from "../events/records";
import { revises } from "../events/revisions";
import { inviteUid } from "./calendar-invite";
import type { OutgoingMail } from "./messages";
import { createNotifier, type SentMailLog } from "./notifier";

const event: EventRecord = {
  id: "event1",
  adminId: "admin1",
  adminUsername: "olga",
  title: "Signing",
  description: "Bring a pen.",
  date: "2026-12-05",
  timezone: "Europe/Berlin",
  slots: [
    { id: "slotA", startTime: "15:00", endTime: "15:30", startsAt: "2026-12-05T14:00:00.000Z", endsAt: "2026-12-05T14:30:00.000Z", capacity: 5 },
    { id: "slotB", startTime: "16:00", endTime: "16:30", startsAt: "2026-12-05T15:00:00.000Z", endsAt: "2026-12-05T15:30:00.000Z", capacity: 5 },
  ],
  slug: "signing",
  isPublished: true,
  publishedAt: "2026-11-01T09:00:00.000Z",
  createdAt: "2026-11-01T08:00:00.000Z",
  updatedAt: "2026-11-01T09:00:00.000Z",
  version: 2,
};

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

/** The notifier with in-memory ports: the table's bookings, a sent-mail log, and an outbox. */
function harness(bookings: BookingRecord[], current: EventRecord) {
  const table = new Map(bookings.map((booking) => [booking.id, { ...booking }]));
  const log = new Map<string, "claimed" | "sent">();
  const outbox: OutgoingMail[] = [];
  /** Removals that were moves (the move store's markers). */
  const movedAway = new Set<string>();
  let failNextSend = false;
  const sentLog: SentMailLog = {
    async claim(key, kind) {
      const state = log.get(`${key}|${kind}`);
      if (state === "sent") return "done";
      if (state === "claimed") return "busy";
      log.set(`${key}|${kind}`, "claimed");
      return "go";
    },
    async markSent(key, kind) {
      log.set(`${key}|${kind}`, "sent");
    },
    async release(key, kind) {
      log.delete(`${key}|${kind}`);
    },
  };
  const notifier = createNotifier({
    mail: {
      async send(mail) {
        if (failNextSend) {
          failNextSend = false;
          throw new Error("SES is down");
        }
        outbox.push(mail);
      },
    },
    sentLog,
    events: { get: async () => current },
    bookings: {
      listBySlots: async () => [...table.values()].map((booking) => ({ ...booking })),
      async bringUpToDate(booking) {
        const stored = table.get(booking.id);
        if (!stored || stored.createdAt !== booking.createdAt) return "gone";
        if ((stored.eventRevision ?? 0) > (booking.eventRevision ?? 0)) return "newer";
        table.set(booking.id, { ...booking });
        return "updated";
      },
    },
    profiles: { get: async () => ({ id: "admin1", username: "olga", email: "olga@example.com", name: "Olga Organiser", phone: null, createdAt: "", updatedAt: "" }) },
    moves: { movedAway: async (booking) => movedAway.has(`${booking.slotId}|${booking.fanId}|${booking.createdAt}`) },
    siteUrl: "https://slotbook.example",
    sender: "no-reply@slotbook.example",
  });
  return { notifier, table, outbox, movedAway, failNext: () => (failNextSend = true) };
}

const change = (before: EventRecord, edit: Partial<EventRecord>): EventRecord => {
  const after = { ...before, ...edit, version: before.version + 1, updatedAt: "2026-11-03T10:00:00.000Z" };
  return revises(before, after) ? { ...after, revision: (before.revision ?? 0) + 1 } : after;
};

describe("fans hear of changes to an event they booked", () => {
  it("a new title: each booked fan gets one updated invite (same UID, higher SEQUENCE), at their account email", async () => {
    const bookings = [bookingOf("ann", "slotA"), bookingOf("bob", "slotB")];
    const after = change(event, { title: "Signing, with cake" });
    const { notifier, outbox, table } = harness(bookings, after);
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
    expect(table.get("slotA.ann")).toMatchObject({ event: { title: "Signing, with cake" }, eventRevision: 1 });
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
