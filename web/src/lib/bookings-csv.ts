import type { EventView as AdminEvent, Answers, BookingView as Booking } from "@slotbook/contract";
import { toCsv } from "./csv";
import { formatDateTime } from "./time";
import { t } from "../i18n/t";

/** An answer as a person reads it: Yes/No for a tick, options joined by commas, "" when not answered. */
export function answerText(value: Answers[string] | undefined): string {
  if (value === undefined) return "";
  if (typeof value === "boolean") return value ? t("Yes") : t("No");
  return Array.isArray(value) ? value.join(", ") : value;
}

/**
 * The event's bookings as CSV: one row per booking, slot times in the event's zone, its seats, one column per
 * question the event asks now (answers to questions since removed are left out, as on the page), and when the
 * fan was checked in at the door (empty: not yet).
 */
export function bookingsCsv(event: Pick<AdminEvent, "timezone" | "questions">, bookings: Booking[]): string {
  const questions = event.questions ?? [];
  return toCsv([
    [t("Slot start"), t("Slot end"), t("Time zone"), t("Name"), t("Email"), t("Phone"), t("Seats"), ...questions.map((question) => question.label), t("Booked at (UTC)"), t("Checked in at (UTC)")],
    ...bookings.map((b) => [
      formatDateTime(b.startsAt, event.timezone),
      formatDateTime(b.endsAt, event.timezone),
      event.timezone,
      b.fanName,
      b.fanEmail,
      b.fanPhone,
      b.seats ?? 1,
      ...questions.map((question) => answerText(b.answers?.[question.id])),
      b.createdAt,
      b.checkedInAt ?? "",
    ]),
  ]);
}
