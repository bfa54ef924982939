import { describe, expect, it } from "vitest";
import type { BookingView as Booking, Question } from "@slotbook/contract";
import { answerText, bookingsCsv } from "./bookings-csv";

const questions: Question[] = [
  { id: "size", label: "T-shirt size", type: "choice", required: true, options: ["S", "M"], multiple: false },
  { id: "days", label: "Days, which?", type: "choice", required: false, options: ["Sat", "Sun"], multiple: true },
  { id: "terms", label: "House rules", type: "checkbox", required: true },
  { id: "diet", label: "Diet", type: "text", required: false },
];
const booking = (extra: Partial<Booking>): Booking => ({
  id: "b1",
  slotId: "s1",
  eventId: "e1",
  event: { title: "Signing", slug: "signing", date: "2026-12-05", timezone: "Europe/Berlin" },
  startsAt: "2026-12-05T14:00:00.000Z",
  endsAt: "2026-12-05T14:30:00.000Z",
  fanName: "Ada",
  fanEmail: "ada@example.com",
  fanPhone: null,
  seats: 1,
  answers: {},
  status: "confirmed",
  checkedInAt: null,
  createdAt: "2026-11-01T10:00:00.000Z",
  ...extra,
} as Booking);

describe("the bookings CSV", () => {
  it("has the seats, one column per question (answers as people read them, unanswered ones empty) and the check-in time", () => {
    const csv = bookingsCsv({ timezone: "Europe/Berlin", questions }, [
      booking({ seats: 3, answers: { size: "M", days: ["Sat", "Sun"], terms: true, diet: "=vegan\nno nuts", gone: "x" } }),
      booking({ fanName: "Bo", answers: { size: "S", terms: false }, checkedInAt: "2026-12-05T13:58:00.000Z" }),
    ]);
    const [header, first, second] = csv.split("\r\n");
    expect(header).toBe('Slot start,Slot end,Time zone,Name,Email,Phone,Seats,T-shirt size,"Days, which?",House rules,Diet,Booked at (UTC),Checked in at (UTC)');
    // A text answer keeps its line break inside its quoted cell, and a formula-like one is defused.
    expect(first).toMatch(/,Europe\/Berlin,Ada,ada@example.com,,3,M,"Sat, Sun",Yes,"'=vegan\nno nuts",2026-11-01T10:00:00.000Z,$/);
    expect(csv).not.toContain(",x,");
    expect(second).toMatch(/,Bo,ada@example.com,,1,S,,No,,2026-11-01T10:00:00.000Z,2026-12-05T13:58:00.000Z$/);
  });

  it("without questions has just the booking's own columns", () => {
    expect(bookingsCsv({ timezone: "UTC", questions: [] }, [booking({})]).split("\r\n")[0]).toBe("Slot start,Slot end,Time zone,Name,Email,Phone,Seats,Booked at (UTC),Checked in at (UTC)");
  });

  it("writes a tick as Yes or No and several options joined", () => {
    expect([answerText(true), answerText(false), answerText(["a", "b"]), answerText("x"), answerText(undefined)]).toEqual(["Yes", "No", "a, b", "x", ""]);
  });
});
