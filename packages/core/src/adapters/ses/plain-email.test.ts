import { describe, expect, it } from "vitest";
import { lineProblems, parseEmail } from "../../../../../tests/support/python-validators";
import { signInCodeEmail } from "../../users/sign-in-code-email";
import { plainRawEmail } from "./plain-email";

describe("an email with nothing attached, without nodemailer", () => {
  it("is valid MIME with the text and HTML as alternatives, CRLF only, short lines, no parser defects", () => {
    const raw = plainRawEmail(signInCodeEmail("fan@example.test", "042137"), "bookings@slotbook.example");
    expect(lineProblems(raw)).toMatchObject({ bareLineBreaks: 0 });
    expect(lineProblems(raw).longest).toBeLessThanOrEqual(998);
    const parsed = parseEmail(raw);
    expect(parsed.defects).toEqual([]);
    expect(parsed.headers).toMatchObject({ From: "Slotbook <bookings@slotbook.example>", To: "fan@example.test", Subject: "Your Slotbook sign-in code", "Auto-Submitted": "auto-generated" });
    expect(parsed.parts.map((part) => part.contentType)).toEqual(["multipart/alternative", "text/plain", "text/html"]);
    expect(parsed.parts[1]!.content).toContain("Your Slotbook sign-in code is 042137.");
    expect(parsed.parts[2]!.content).toContain("042137");
  });

  it("encodes a display name and subject outside ASCII, and quotes the name's quotes", () => {
    const mail = { to: "fan@example.test", fromName: 'Ölga "O" Organiser', subject: "Dein Code für «Signing»", text: "Grüße\n", html: "<p>Grüße</p>" };
    const parsed = parseEmail(plainRawEmail(mail, "bookings@slotbook.example"));
    expect(parsed.defects).toEqual([]);
    expect(parsed.headers.Subject).toBe("Dein Code für «Signing»");
    expect(parsed.headers.From).toContain("Ölga");
    expect(parsed.parts[1]!.content).toBe("Grüße\n");
    const quoted = parseEmail(plainRawEmail({ ...mail, fromName: 'Slot "book"' }, "bookings@slotbook.example"));
    expect(quoted.headers.From).toBe('"Slot \\"book\\"" <bookings@slotbook.example>');
  });
});
