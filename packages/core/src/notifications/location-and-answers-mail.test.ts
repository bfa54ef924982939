import { describe, expect, it } from "vitest";
import { parseEmail } from "../../../../tests/support/python-validators";
import { rawEmail } from "../adapters/ses/raw-email";
import type { BookingRecord } from "../bookings/records";
import { testBooking } from "../bookings/test-booking";
import type { Question } from "@slotbook/contract";
import { composeMessage, type MessageContext, type MessageKind } from "./messages";

const location = { name: "Blue <Room>", address: "Main St 1, Berlin", url: "https://meet.example/abc?x=1&y=2" };
const questions: Question[] = [
  { id: "size", label: "T-shirt <size>", type: "choice", required: true, options: ["S", "M"], multiple: false },
  { id: "terms", label: "House rules accepted", type: "checkbox", required: true },
];
const located = testBooking({
  event: { title: "Signing", slug: "signing", date: "2026-12-05", timezone: "Europe/Berlin", location },
  answers: { terms: true, size: "M", gone: "from a question since removed" },
});
const context = (booking: BookingRecord, extra: Partial<MessageContext> = {}): MessageContext => ({
  booking,
  description: "Bring a pen.",
  organizer: { name: "Olga", email: "olga@example.com" },
  siteUrl: "https://slotbook.example",
  questions,
  ...extra,
});

/** The plain-text and HTML parts as Python's email package decodes them from the raw message. */
async function parts(kind: MessageKind, messageContext: MessageContext) {
  const parsed = parseEmail(await rawEmail(composeMessage(kind, messageContext), "no-reply@slotbook.example"));
  expect(parsed.defects).toEqual([]);
  // The HTML is an alternative of its own, or (with a check-in code to show) inside a multipart/related one.
  const content = (type: string) => (parsed.parts.find((part) => part.contentType === type && (part.parent === "multipart/alternative" || part.parent === "multipart/related"))?.content ?? "").replace(/\r\n/g, "\n");
  return { text: content("text/plain"), html: content("text/html") };
}

describe("emails of an event with a location and questions", () => {
  it("tell the fan where (venue, a map of the address, the online link) and what they answered", async () => {
    const { text, html } = await parts("fan-confirmation", context(located));
    expect(text).toContain("Where: Blue <Room>, Main St 1, Berlin\n");
    expect(text).toContain("Map: https://www.openstreetmap.org/search?query=Main%20St%201%2C%20Berlin\n");
    expect(text).toContain("Online: https://meet.example/abc?x=1&y=2\n");
    expect(text).toContain("T-shirt <size>: M\nHouse rules accepted: Yes\ngone: from a question since removed\n");
    expect(html).toContain("<strong>Where:</strong> Blue &lt;Room&gt;, Main St 1, Berlin");
    expect(html).toContain('<a href="https://meet.example/abc?x=1&amp;y=2">Online</a>');
    expect(html).not.toContain("<Room>");
  });

  it("give the organiser the fan's answers under each question's label", async () => {
    const { text, html } = await parts("admin-booking", context(located));
    expect(text).toContain("T-shirt <size>: M\n");
    expect(text).toContain("House rules accepted: Yes\n");
    expect(html).toContain("<strong>T-shirt &lt;size&gt;:</strong> M");
  });

  it("say where the event was before, when an update moved it", async () => {
    const previous = { ...located, event: { ...located.event, location: { name: "Old Hall" } } };
    const { text } = await parts("fan-update", context(located, { previous }));
    expect(text).toContain("Where: Blue <Room>, Main St 1, Berlin\n");
    expect(text).toMatch(/Before: .*\n= .* UTC\nOld Hall\n/);
    const unmoved = await parts("fan-update", context(located, { previous: located }));
    expect(unmoved.text).not.toContain("Old Hall");
  });

  it("say nothing of where or answers for an event without them", async () => {
    const { text } = await parts("fan-confirmation", context(testBooking(), { questions: [] }));
    expect(text).not.toMatch(/^(Where|Map|Online):/m);
    expect(text).not.toContain("T-shirt");
  });
});
