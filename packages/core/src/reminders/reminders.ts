import type { BookingRecord } from "../bookings/records";
import { remindersOf, type SlotCounter } from "../events/records";
import type { SentMailLog } from "../notifications/notifier";
import type { ProfileStore } from "../users/profile-store";
import type { DueReminder, ReminderStore } from "./reminder-store";

/** One reminder for one booking, as a channel sends it. */
export interface ReminderDelivery {
  booking: BookingRecord;
  reminder: DueReminder;
  /** The sweep's time (the schedule's): "starts in …" is counted from it. */
  at: Date;
  /** The organiser's name, for "<name> via Slotbook". */
  organiserName?: string;
}

/**
 * One way reminders reach fans (email; SMS can be added beside it). Each channel's reminder is sent once per
 * booking: its own sent marker, `reminder/<name>@<due>`, claimed before sending.
 */
export interface ReminderChannel {
  name: string;
  send(delivery: ReminderDelivery): Promise<void>;
}

export interface SweepResult {
  /** Reminders that came due and were handled (sent, or dropped as no longer wanted). */
  handled: number;
  /** Messages sent, over all channels. */
  sent: number;
  /** Reminders left for the next run (another run was sending some, a send failed, or time ran out). */
  left: number;
  /** Messages whose send failed (retried by the next run). */
  failed: number;
}

/** Bookings reminded at once. */
const concurrentBookings = 10;

/**
 * Whether a scheduled reminder is still wanted, by the slot's counter (its copy of the event): the slot open
 * and not started, at the times the reminder was scheduled for, and the event still asking for this reminder.
 */
export function stillWanted(counter: SlotCounter | undefined, reminder: DueReminder, at: Date): boolean {
  const slot = counter?.context;
  if (!counter || !counter.bookable || !slot) return false;
  if (slot.startsAt !== reminder.startsAt || Date.parse(slot.startsAt) <= at.getTime()) return false;
  return remindersOf(slot).includes(reminder.minutesBefore);
}

/**
 * Reminders before booked slots, sent by a sweep every minute. Each slot's reminders are scheduled items
 * (written when the slot is opened or changed, in a time-bucketed index); a sweep reads those due, checks each
 * against its slot, then reminds the slot's bookings as they are now: each booking made before the reminder's
 * time, once per channel however often or concurrently sweeps run (a sent marker claimed before each send).
 * Cancelled and moved-away bookings are no longer the slot's, so they get nothing; a moved booking gets its new
 * slot's reminders.
 */
export function createReminders(
  deps: { store: ReminderStore; sentLog: SentMailLog; channels: ReminderChannel[]; profiles: Pick<ProfileStore, "get"> },
  options: { budgetMs?: number; clock?: () => number } = {},
) {
  const clock = options.clock ?? Date.now;
  const budgetMs = options.budgetMs ?? 40_000;

  /** One channel's reminder to one booking: "sent", "done" (sent before), "busy" (another run is sending it) or "failed". */
  async function deliver(channel: ReminderChannel, delivery: ReminderDelivery): Promise<"sent" | "done" | "busy" | "failed"> {
    const key = `${delivery.booking.id}#${delivery.booking.createdAt}`;
    const kind = `reminder/${channel.name}@${delivery.reminder.dueAt}`;
    const claim = await deps.sentLog.claim(key, kind);
    if (claim !== "go") return claim;
    try {
      await channel.send(delivery);
    } catch {
      // Released, so the next run sends it.
      await deps.sentLog.release(key, kind);
      return "failed";
    }
    await deps.sentLog.markSent(key, kind);
    return "sent";
  }

  /** All of a due reminder's messages; true when none is left to send. */
  async function remind(reminder: DueReminder, at: Date, organiserName: (adminId: string) => Promise<string | undefined>): Promise<{ sent: number; failed: number; complete: boolean }> {
    // Booked after the reminder's time: the confirmation said it all.
    const bookings = (await deps.store.bookings(reminder.slotId)).filter((booking) => booking.createdAt < reminder.dueAt);
    let sent = 0;
    let failed = 0;
    let complete = true;
    for (let start = 0; start < bookings.length; start += concurrentBookings) {
      const outcomes = await Promise.all(
        bookings.slice(start, start + concurrentBookings).flatMap((booking) => {
          const delivery = organiserName(booking.adminId).then((name) => ({ booking, reminder, at, ...(name ? { organiserName: name } : {}) }));
          return deps.channels.map(async (channel) => deliver(channel, await delivery));
        }),
      );
      sent += outcomes.filter((outcome) => outcome === "sent").length;
      failed += outcomes.filter((outcome) => outcome === "failed").length;
      complete &&= outcomes.every((outcome) => outcome === "sent" || outcome === "done");
    }
    return { sent, failed, complete };
  }

  return {
    /**
     * Sends what is due at `at` (the schedule's time). A run stops taking up reminders after its time budget;
     * what is left, and any reminder with a message still open, is picked up by the next run.
     */
    async sweep(at: Date): Promise<SweepResult> {
      const started = clock();
      const names = new Map<string, Promise<string | undefined>>();
      const organiserName = (adminId: string) => {
        if (!names.has(adminId)) names.set(adminId, deps.profiles.get(adminId).then((profile) => profile?.name || undefined));
        return names.get(adminId)!;
      };
      const due = await deps.store.due(at);
      const result: SweepResult = { handled: 0, sent: 0, left: 0, failed: 0 };
      for (const reminder of due) {
        if (clock() - started > budgetMs) {
          result.left += 1;
          continue;
        }
        if (!stillWanted(await deps.store.slot(reminder.slotId), reminder, at)) {
          await deps.store.done(reminder);
          result.handled += 1;
          continue;
        }
        const { sent, failed, complete } = await remind(reminder, at, organiserName);
        result.sent += sent;
        result.failed += failed;
        if (!complete) {
          result.left += 1;
          continue;
        }
        await deps.store.done(reminder);
        result.handled += 1;
      }
      return result;
    },
  };
}

export type Reminders = ReturnType<typeof createReminders>;
