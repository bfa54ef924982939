import { describe, expect, it } from "vitest";
// nodemailer's own lookups, over its full table (the one the function bundles replace).
import * as nodemailer from "nodemailer/lib/mime-funcs";
import { detectExtension, detectMimeType } from "./mail-content-types";

describe("the content-type table the function bundles give nodemailer", () => {
  it("knows every part our mail has as nodemailer does: invites, the check-in code's picture, text and HTML", () => {
    for (const name of ["invite.ics", "cancel.ICS", "check-in.png", "note.txt", "page.html", "ics", "png"]) {
      expect(detectMimeType(name), name).toBe(nodemailer.detectMimeType(name));
    }
    for (const type of ["text/calendar", "image/png", "text/plain", "text/html"]) expect(detectExtension(type), type).toBe(nodemailer.detectExtension(type));
  });

  it("falls back as nodemailer does for what it does not know", () => {
    for (const name of ["archive.unknown", "archive", ""]) expect(detectMimeType(name), name).toBe(nodemailer.detectMimeType(name));
    for (const type of ["text/x-unknown", "application/x-unknown", ""]) expect(detectExtension(type), type).toBe(nodemailer.detectExtension(type));
  });
});
