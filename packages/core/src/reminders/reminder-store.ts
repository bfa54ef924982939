import type { BookingRecord } from "../bookings/records";
import type { SlotCounter } from "../events/records";

/** One reminder of one slot, due at a time: `minutesBefore` the slot's start as it was when it was scheduled. */
export interface DueReminder {
  slotId: string;
  minutesBefore: number;
  dueAt: string;
  startsAt: string;
}

/** The port to the reminders' schedule and what sending them reads. */
export interface ReminderStore {
  /** Reminders due by `at` (from the time-bucketed index: a few recent buckets, never a Scan), soonest first. */
  due(at: Date): Promise<DueReminder[]>;
  /** The slot's counter, with its copy of the event (start, reminders, open): the authority on what is still due. */
  slot(slotId: string): Promise<SlotCounter | undefined>;
  /** The slot's bookings as they are now (read consistently): cancelled and moved-away ones are gone. */
  bookings(slotId: string): Promise<BookingRecord[]>;
  /** The reminder is sent (or no longer wanted): it leaves the schedule. */
  done(reminder: DueReminder): Promise<void>;
}
