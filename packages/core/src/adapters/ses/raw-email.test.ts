import { inflateSync } from "node:zlib";
import jsQR from "jsqr";
import { describe, expect, it } from "vitest";
import { lineProblems, parseEmail, parseInvite } from "../../../../../tests/support/python-validators";
import type { BookingRecord } from "../../bookings/records";
import { testBooking } from "../../bookings/test-booking";
import { composeMessage, type MessageContext } from "../../notifications/messages";
import { composeReminderMessage } from "../../notifications/reminder-message";
import { rawEmail } from "./raw-email";

const long = "Bring your vinyl, a pen, and patience: the queue for the signing is long and winding, ".repeat(4);
const booking: BookingRecord = testBooking({ event: { title: `Signing «Ünïcødé» ${long}`, slug: "signing", date: "2026-12-05", timezone: "Europe/Berlin" } });
const context: MessageContext = {
  booking,
  description: `Line one\nLine two is long: ${long}\n\nLast line.`,
  organizer: { name: "Olga Organiser", email: "olga@example.com" },
  organiserName: "Olga Organiser",
  siteUrl: "https://slotbook.example",
};

describe("the raw email handed to SES", () => {
  it("is valid MIME: CRLF line endings only, no line over 998, quoted-printable lines within 76, no parser defects", async () => {
    for (const kind of ["fan-confirmation", "admin-booking", "fan-cancellation", "fan-update", "fan-moved", "admin-moved"] as const) {
      const raw = await rawEmail(composeMessage(kind, { ...context, previous: booking }), "no-reply@slotbook.example");
      const lines = lineProblems(raw);
      expect(lines.bareLineBreaks, kind).toBe(0);
      expect(lines.longest, kind).toBeLessThanOrEqual(998);
      expect(lines.longestQuotedPrintable, kind).toBeGreaterThan(0);
      expect(lines.longestQuotedPrintable, kind).toBeLessThanOrEqual(76);
      expect(parseEmail(raw).defects, kind).toEqual([]);
    }
  });

  it("puts the invite in the alternatives as text/calendar with its method, and attaches it as an .ics", async () => {
    for (const [kind, method] of [["fan-confirmation", "REQUEST"], ["fan-cancellation", "CANCEL"]] as const) {
      const parsed = parseEmail(await rawEmail(composeMessage(kind, context), "no-reply@slotbook.example"));
      const alternatives = parsed.parts.filter((part) => part.parent === "multipart/alternative");
      // A fan's confirmation shows its check-in code: its HTML comes related to that picture (multipart/related).
      expect(alternatives.map((part) => part.contentType)).toEqual(["text/plain", kind === "fan-confirmation" ? "multipart/related" : "text/html", "text/calendar"]);
      const calendar = alternatives.find((part) => part.contentType === "text/calendar")!;
      expect(calendar.method).toBe(method);
      expect(parseInvite(calendar.content!).method).toBe(method);
      const attachment = parsed.parts.find((part) => part.disposition === "attachment");
      expect(attachment?.filename).toBe(kind === "fan-confirmation" ? "invite.ics" : "cancel.ics");
      expect(parseInvite(attachment!.content!).events[0]!.uid).toBe(parseInvite(calendar.content!).events[0]!.uid);
      // The text the fan reads survives the encoding intact.
      expect(alternatives[0]!.content).toContain(long.trim());
      expect(alternatives[0]!.content).toContain("Signing «Ünïcødé»");
    }
  });

  it("comes from Slotbook by name, on the organiser's behalf for fans, and says it was sent automatically", async () => {
    const toFan = parseEmail(await rawEmail(composeMessage("fan-confirmation", context), "no-reply@slotbook.example"));
    expect(toFan.headers["From"]).toBe("Olga Organiser via Slotbook <no-reply@slotbook.example>");
    expect(toFan.headers["To"]).toBe("zoe@example.com");
    expect(toFan.headers["Auto-Submitted"]).toBe("auto-generated");
    const toOrganiser = parseEmail(await rawEmail(composeMessage("admin-booking", context), "no-reply@slotbook.example"));
    expect(toOrganiser.headers["From"]).toBe("Slotbook <no-reply@slotbook.example>");
    expect(toOrganiser.headers["Auto-Submitted"]).toBe("auto-generated");
    const { organiserName: _gone, ...withoutOrganiser } = context;
    const unknownOrganiser = parseEmail(await rawEmail(composeMessage("fan-confirmation", withoutOrganiser), "no-reply@slotbook.example"));
    expect(unknownOrganiser.headers["From"]).toBe("Slotbook <no-reply@slotbook.example>");
  });
});

describe("a reminder", () => {
  it("is valid MIME with no invite, says when, and carries its release link intact", async () => {
    const mail = composeReminderMessage(booking, { siteUrl: "https://slotbook.example/", releaseToken: "abc_DEF-123.xyz_987-ABC", at: new Date(Date.parse(booking.startsAt) - 24 * 3600_000), organiserName: "Olga Organiser" });
    const raw = await rawEmail(mail, "no-reply@slotbook.example");
    expect(lineProblems(raw).bareLineBreaks).toBe(0);
    const parsed = parseEmail(raw);
    expect(parsed.defects).toEqual([]);
    expect(parsed.headers["Subject"]).toMatch(/^Reminder: Signing «Ünïcødé»/);
    expect(parsed.headers["From"]).toBe("Olga Organiser via Slotbook <no-reply@slotbook.example>");
    expect(parsed.parts.some((part) => part.contentType === "text/calendar")).toBe(false);
    const text = parsed.parts.find((part) => part.contentType === "text/plain")!.content!;
    expect(text).toContain("your booking starts in 24 hours.");
    expect(text).toContain("Release my seat: https://slotbook.example/release?token=abc_DEF-123.xyz_987-ABC");
    expect(parsed.parts.find((part) => part.contentType === "text/html")!.content).toContain('href="https://slotbook.example/release?token=abc_DEF-123.xyz_987-ABC"');
  });
});

describe("the check-in code in a fan's booking email", () => {
  it("is an inline PNG the HTML shows by its Content-ID, and it reads back (jsQR) as the check-in page at this booking", async () => {
    for (const kind of ["fan-confirmation", "fan-update", "fan-moved"] as const) {
      const parsed = parseEmail(await rawEmail(composeMessage(kind, { ...context, previous: booking }), "no-reply@slotbook.example"));
      expect(parsed.defects, kind).toEqual([]);
      const picture = parsed.parts.find((part) => part.contentType === "image/png");
      expect(picture, kind).toMatchObject({ parent: "multipart/related", disposition: "inline", contentId: "<check-in-code>" });
      const html = parsed.parts.find((part) => part.contentType === "text/html")!.content!;
      expect(html, kind).toContain('<img src="cid:check-in-code"');
      expect(decodeQrPng(Buffer.from(picture!.content!, "base64")), kind).toBe(
        `https://slotbook.example/admin/events/${booking.eventId}/check-in?booking=${encodeURIComponent(booking.id)}`,
      );
    }
  });

  it("is not in the organiser's notice or a cancellation", async () => {
    for (const kind of ["admin-booking", "fan-cancellation"] as const) {
      const parsed = parseEmail(await rawEmail(composeMessage(kind, context), "no-reply@slotbook.example"));
      expect(parsed.parts.some((part) => part.contentType.startsWith("image/")), kind).toBe(false);
    }
  });
});

/** Decodes our 8-bit grayscale PNG (one filter byte per row, filter 0) and reads the QR code in it with jsQR. */
function decodeQrPng(png: Buffer): string | undefined {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const chunks: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    if (png.toString("ascii", at + 4, at + 8) === "IDAT") chunks.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const rows = inflateSync(Buffer.concat(chunks));
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const grey = rows[y * (width + 1) + 1 + x]!;
      rgba.set([grey, grey, grey, 255], (y * width + x) * 4);
    }
  return jsQR(rgba, width, height)?.data;
}
