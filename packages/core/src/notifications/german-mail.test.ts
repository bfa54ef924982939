import { describe, expect, it } from "vitest";
import { parseEmail } from "../../../../tests/support/python-validators";
import { rawEmail } from "../adapters/ses/raw-email";
import { testBooking } from "../bookings/test-booking";
import type { WaitlistEntryRecord } from "../waitlist/records";
import { composeMessage, composeOfferMessage, type MessageContext, type MessageKind } from "./messages";
import { composeReminderMessage } from "./reminder-message";
import { bookingSms, offerSms, reminderSms } from "./sms-messages";

/** Zoë booked in German: 15:00–15:30 in Berlin on Saturday 5 December 2026, two seats. */
const german = testBooking({ accountLocale: "de", seats: 2 });
const context = (booking = german): MessageContext => ({ booking, description: "Bring einen Stift mit.", organizer: { name: "Olga", email: "olga@example.com" }, siteUrl: "https://slotbook.example", organiserName: "Olga" });

/** The message as Python's email package reads it back from the raw bytes: its subject, and its text and HTML. */
async function parsed(mail: Parameters<typeof rawEmail>[0]) {
  const email = parseEmail(await rawEmail(mail, "no-reply@slotbook.example"));
  expect(email.defects).toEqual([]);
  const content = (type: string) => (email.parts.find((part) => part.contentType === type)?.content ?? "").replace(/\r\n/g, "\n");
  return { subject: email.headers.Subject, text: content("text/plain"), html: content("text/html") };
}

describe("emails to a fan whose account is in German", () => {
  it("confirm the booking in German, German dates included, read back by Python's email package", async () => {
    const mail = await parsed(composeMessage("fan-confirmation", context()));
    expect(mail.subject).toBe("Gebucht: Signing, Sa., 5. Dez., 15:00 (Europe/Berlin)");
    expect(mail.text).toContain("Hallo Zoë Fan,\ndeine Buchung ist bestätigt.\nWas: Signing\n");
    expect(mail.text).toContain("Wann: Samstag, 5. Dezember 2026, 15:00–15:30 Uhr Mitteleuropäische Normalzeit (Europe/Berlin)\n= 5. Dez. 2026, 14:00–14:30 Uhr UTC\n");
    expect(mail.text).toContain("Beschreibung: Bring einen Stift mit.\n");
    expect(mail.text).toContain("Deine Buchungen ansehen oder stornieren: https://slotbook.example/me/bookings\n");
    expect(mail.html).toContain("<strong>Wann:</strong> Samstag, 5. Dezember 2026");
    expect(mail.html).toContain('alt="Dein Check-in-Code: Zeig ihn am Eingang"');
    expect(mail.text).not.toMatch(/\b(Booked|your booking|When|Saturday)\b/);
  });

  it("say a cancellation, a change and a move in German", async () => {
    const cancelled = await parsed(composeMessage("fan-cancellation", { ...context(), cancelledBy: "organiser" }));
    expect(cancelled.subject).toBe("Storniert: Signing, Sa., 5. Dez., 15:00 (Europe/Berlin)");
    expect(cancelled.text).toContain("der Veranstalter hat deine Buchung storniert.");
    const earlier = { event: german.event, startsAt: "2026-12-05T13:00:00.000Z", endsAt: "2026-12-05T13:30:00.000Z" };
    const changed = await parsed(composeMessage("fan-update", { ...context(), previous: earlier }));
    expect(changed.subject).toMatch(/^Geändert: Signing, /);
    expect(changed.text).toContain("Vorher: Samstag, 5. Dezember 2026, 14:00–14:30");
    const moved = await parsed(composeMessage("fan-moved", { ...context(), previous: earlier }));
    expect(moved.subject).toMatch(/^Verschoben: Signing, /);
    expect(moved.text).toContain("deine Buchung ist auf eine neue Zeit verschoben.");
  });

  it("keep the organiser's notice in English", async () => {
    const notice = await parsed(composeMessage("admin-booking", context()));
    expect(notice.subject).toBe("New booking: Zoë Fan for Signing, Sat 5 Dec, 15:00 (Europe/Berlin)");
    expect(notice.text).toContain("When: Saturday, 5 December 2026, 15:00–15:30 Central European Standard Time (Europe/Berlin)");
  });

  it("remind in German, with the time left said in German", async () => {
    const reminder = await parsed(composeReminderMessage(german, { siteUrl: "https://slotbook.example", releaseToken: "token", at: new Date("2026-12-04T14:00:00.000Z") }));
    expect(reminder.subject).toBe("Erinnerung: Signing, Sa., 5. Dez., 15:00 (Europe/Berlin)");
    expect(reminder.text).toContain("eine Erinnerung: Deine Buchung beginnt in 24 Stunden.\n");
    expect(reminder.text).toContain("Plätze: 2\n");
    expect(reminder.text).toContain("Meinen Platz freigeben: https://slotbook.example/release?token=token\n");
  });

  it("offer a freed seat in German", async () => {
    const entry = {
      id: "slot1~w~fan1",
      fanName: "Zoë Fan",
      accountEmail: "zoe@example.com",
      accountLocale: "de",
      seats: 1,
      offerExpiresAt: "2026-12-05T12:30:00.000Z",
      context: { event: german.event, startsAt: german.startsAt, endsAt: german.endsAt },
    } as WaitlistEntryRecord;
    const offer = await parsed(composeOfferMessage(entry, { siteUrl: "https://slotbook.example" }));
    expect(offer.subject).toBe("Ein Platz ist frei: Signing, Sa., 5. Dez., 15:00 (Europe/Berlin)");
    expect(offer.text).toContain("ein Platz ist frei geworden und wird für dich freigehalten.\n");
    expect(offer.text).toContain("Für dich freigehalten bis: Sa., 5. Dez., 13:30 (Europe/Berlin) = 12:30 UTC\n");
    expect(offerSms(entry, "https://slotbook.example", "/me/waitlist/x/claim")).toBe(
      "Slotbook: ein Platz ist frei, Signing, Sa., 5. Dez., 15:00 (Europe/Berlin). Für dich bis 13:30. Übernehmen: https://slotbook.example/me/waitlist/x/claim Abmelden: Antwort STOP.",
    );
  });

  it("text in German", () => {
    expect(bookingSms(german, "https://slotbook.example")).toBe(
      "Slotbook: gebucht, Signing, Sa., 5. Dez., 15:00 (Europe/Berlin), 2 Plätze. Verwalten: https://slotbook.example/me/bookings Abmelden: Antwort STOP.",
    );
    expect(reminderSms(german, "https://slotbook.example")).toMatch(/^Slotbook-Erinnerung: Signing, Sa\., 5\. Dez\., 15:00/);
  });
});

describe("emails to a fan in English (or booked before locales)", () => {
  it.each<MessageKind>(["fan-confirmation", "fan-cancellation"])("%s stays English", async (kind) => {
    const mail = await parsed(composeMessage(kind, context(testBooking())));
    expect(mail.subject).toMatch(/^(Booked|Cancelled): Signing, Sat 5 Dec, 15:00 \(Europe\/Berlin\)$/);
    expect(mail.text).toContain("When: Saturday, 5 December 2026, 15:00–15:30 Central European Standard Time (Europe/Berlin)\n= 5 Dec 2026, 14:00–14:30 UTC\n");
  });
});
