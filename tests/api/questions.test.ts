import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { inviteIn } from "../support/calendar";
import { book, createEvent } from "../support/events";
import { errorBody, request } from "../support/http";
import { waitForEmail, waitForSubject } from "../support/mailbox";
import { parseInvite } from "../support/python-validators";
import { signedInUser } from "../support/users";

let admin: Awaited<ReturnType<typeof signedInUser>>;
beforeAll(async () => {
  admin = await signedInUser(["admin"], "Olga Organiser");
});

const location = { name: "Blue Room", address: "Main St 1, 10115 Berlin", url: "https://meet.example/abc?x=1&y=2" };
const questions = [
  { label: "T-shirt size", type: "choice", required: true, options: ["S", "M", "L"] },
  { label: "Dietary needs", type: "text" },
  { label: "I accept the house rules", type: "checkbox", required: true },
  { label: "Which days?", type: "choice", options: ["Sat", "Sun"], multiple: true },
];

/** A published event with the location and questions above; its questions' ids by label. */
async function eventWithQuestions(overrides: Record<string, unknown> = {}) {
  const event = await createEvent(admin.accessToken, { location, questions, slots: [{ startTime: "10:00", endTime: "11:00", capacity: 2 }], ...overrides });
  const id = Object.fromEntries((event.questions as Array<{ id: string; label: string }>).map((question) => [question.label, question.id]));
  return { event, id: (label: string) => id[label]! };
}

/** The error details of a 400, path → message. */
const details = (body: { error: { details?: Array<{ path: string; message: string }> } }) => Object.fromEntries((body.error.details ?? []).map((detail) => [detail.path, detail.message]));

describe("an event's location and questions", () => {
  it("are kept on create (ids given to each question) and shown to the organiser and on the public page", async () => {
    const { event } = await eventWithQuestions();
    expect(event.location).toEqual(location);
    expect(event.questions).toEqual([
      { id: expect.stringMatching(/^[A-Za-z0-9_-]+$/), label: "T-shirt size", type: "choice", required: true, options: ["S", "M", "L"], multiple: false },
      { id: expect.any(String), label: "Dietary needs", type: "text", required: false },
      { id: expect.any(String), label: "I accept the house rules", type: "checkbox", required: true },
      { id: expect.any(String), label: "Which days?", type: "choice", required: false, options: ["Sat", "Sun"], multiple: true },
    ]);
    expect(new Set(event.questions.map((question: { id: string }) => question.id)).size).toBe(4);
    expect((await request("GET", `/api/events/${event.id}`, { token: admin.accessToken })).body).toMatchObject({ location, questions: event.questions });
    const publicView = await request("GET", `/api/events/public/${event.slug}`);
    expect(publicView.body).toMatchObject({ location, questions: event.questions });

    // Questions sent with their ids keep them (answers stay theirs); the location can be cleared.
    const kept = event.questions.slice(0, 2);
    const updated = await request("PUT", `/api/events/${event.id}`, { token: admin.accessToken, body: { location: null, questions: [...kept, { label: "New one", type: "text" }] } });
    expect(updated.status).toBe(200);
    expect(updated.body.location).toBeNull();
    expect(updated.body.questions.slice(0, 2)).toEqual(kept);
    expect(event.questions.map((question: { id: string }) => question.id)).not.toContain(updated.body.questions[2].id);
    expect((await request("GET", `/api/events/public/${event.slug}`)).body).toMatchObject({ location: null, questions: updated.body.questions });

    // An event made without them has none.
    const plain = await createEvent(admin.accessToken);
    expect(plain).toMatchObject({ location: null, questions: [] });
  });

  it("refuse what the rules refuse, naming each field, and store nothing", async () => {
    const before = (await request("GET", "/api/events?limit=100", { token: admin.accessToken })).body.items.length;
    const refused = await request("POST", "/api/events", {
      token: admin.accessToken,
      body: {
        title: "Refused",
        date: "2030-01-01",
        timezone: "Europe/Berlin",
        slots: [{ startTime: "10:00", endTime: "11:00" }],
        location: { url: "javascript:alert(1)" },
        questions: [
          { label: "Size", type: "choice", options: ["S"] },
          { label: "size", type: "checkbox", options: ["x", "y"] },
        ],
      },
    });
    expect(refused.status).toBe(400);
    expect(details(refused.body)).toEqual({
      "location.url": "Use a web address starting with https:// or http://.",
      "questions.0.options": "A choice needs at least 2 different options.",
      "questions.1.options": "Only choice questions have options.",
    });
    const eleven = Array.from({ length: 11 }, (_, i) => ({ label: `Q${i}`, type: "text" }));
    const tooMany = await request("POST", "/api/events", { token: admin.accessToken, body: { title: "Refused", date: "2030-01-01", timezone: "UTC", slots: [{ startTime: "10:00", endTime: "11:00" }], questions: eleven } });
    expect(details(tooMany.body)).toEqual({ questions: "At most 10 questions." });
    expect((await request("GET", "/api/events?limit=100", { token: admin.accessToken })).body.items.length).toBe(before);

    const { event } = await eventWithQuestions();
    const badUpdate = await request("PUT", `/api/events/${event.id}`, { token: admin.accessToken, body: { location: { name: "Hall\u202E" }, questions: [{ label: "", type: "text" }] } });
    expect(badUpdate.status).toBe(400);
    expect(Object.keys(details(badUpdate.body)).sort()).toEqual(["location.name", "questions.0.label"]);
    expect((await request("GET", `/api/events/${event.id}`, { token: admin.accessToken })).body).toMatchObject({ location, questions: event.questions });
  });
});

describe("booking an event with questions", () => {
  it("takes valid answers and shows them to the fan and the organiser (in the booking list and the email)", async () => {
    const { event, id } = await eventWithQuestions();
    const fanName = `Ann Answer ${randomUUID().slice(0, 6)}`;
    const fan = await signedInUser(["fan"], fanName);
    const answers = { [id("T-shirt size")]: "M", [id("Dietary needs")]: "  vegan  ", [id("I accept the house rules")]: true, [id("Which days?")]: ["Sun", "Sat"] };
    const booked = await book(fan.accessToken, event.slots[0].id, { answers });
    expect(booked.status).toBe(201);
    const stored = { [id("T-shirt size")]: "M", [id("Dietary needs")]: "vegan", [id("I accept the house rules")]: true, [id("Which days?")]: ["Sat", "Sun"] };
    expect(booked.body.answers).toEqual(stored);
    expect(booked.body.event.location).toEqual(location);
    expect((await request("GET", `/api/bookings/${booked.body.id}`, { token: fan.accessToken })).body.answers).toEqual(stored);
    const ofEvent = await request("GET", `/api/events/${event.id}/bookings`, { token: admin.accessToken });
    expect(ofEvent.body.items.map((item: { fanName: string; answers: unknown }) => [item.fanName, item.answers])).toEqual([[fanName, stored]]);

    const notice = await waitForSubject(admin.email, new RegExp(`^New booking: ${fanName} `));
    expect(notice.body.text).toContain("T-shirt size: M");
    expect(notice.body.text).toContain("I accept the house rules: Yes");
    const confirmation = await waitForEmail(fan.email, 0);
    expect(confirmation.body.text).toContain("Where: Blue Room, Main St 1, 10115 Berlin");
    expect(confirmation.body.text).toContain("Online: https://meet.example/abc?x=1&y=2");
    const invite = inviteIn(confirmation);
    expect(invite).toMatchObject({ location: "Blue Room, Main St 1, 10115 Berlin", url: "https://meet.example/abc?x=1&y=2" });
    expect(parseInvite(invite.text).events[0]).toMatchObject({ location: "Blue Room, Main St 1, 10115 Berlin", url: "https://meet.example/abc?x=1&y=2" });
  });

  it("refuses missing, unknown and wrong answers with 400 naming answers.<id>, and stores nothing", async () => {
    const { event, id } = await eventWithQuestions();
    const fan = await signedInUser(["fan"]);
    const slotId = event.slots[0].id;
    const cases: Array<[Record<string, unknown> | undefined, Record<string, string>]> = [
      [undefined, { [`answers.${id("T-shirt size")}`]: "Answer this question.", [`answers.${id("I accept the house rules")}`]: "Tick this to book." }],
      [{ [id("T-shirt size")]: "XL", [id("I accept the house rules")]: false }, { [`answers.${id("T-shirt size")}`]: "Choose one of the options.", [`answers.${id("I accept the house rules")}`]: "Tick this to book." }],
      [{ [id("T-shirt size")]: "S", [id("I accept the house rules")]: true, nope: "x" }, { "answers.nope": "Not a question of this event." }],
      [{ [id("T-shirt size")]: "S", [id("I accept the house rules")]: "yes" }, { [`answers.${id("I accept the house rules")}`]: "Answer with true or false, not text." }],
      [{ [id("T-shirt size")]: "S", [id("I accept the house rules")]: true, [id("Dietary needs")]: "a\u0000b" }, { [`answers.${id("Dietary needs")}`]: "Remove control characters (line breaks are fine)." }],
      [{ [id("T-shirt size")]: "S", [id("I accept the house rules")]: true, [id("Which days?")]: ["Mon"] }, { [`answers.${id("Which days?")}`]: "Choose only from the options." }],
    ];
    for (const [answers, expected] of cases) {
      const refused = await book(fan.accessToken, slotId, answers === undefined ? {} : { answers }, { "Idempotency-Key": randomUUID() });
      expect(refused.status, JSON.stringify(answers)).toBe(400);
      expect(refused.body).toEqual(errorBody("VALIDATION_FAILED"));
      expect(details(refused.body), JSON.stringify(answers)).toEqual(expected);
    }
    const shape = await book(fan.accessToken, slotId, { answers: { [id("T-shirt size")]: { nested: 1 } } });
    expect(Object.keys(details(shape.body))).toEqual([`answers.${id("T-shirt size")}`]);

    expect((await request("GET", "/api/bookings", { token: fan.accessToken })).body.items).toEqual([]);
    expect((await request("GET", `/api/events/public/${event.slug}/slots`)).body.items[0].available).toBe(2);
    expect((await request("GET", `/api/events/${event.id}/bookings`, { token: admin.accessToken })).body.items).toEqual([]);
    // The same fan books once the answers are right.
    expect((await book(fan.accessToken, slotId, { answers: { [id("T-shirt size")]: "S", [id("I accept the house rules")]: true } })).status).toBe(201);
  });

  it("checks answers against the questions as the organiser last saved them", async () => {
    const { event } = await eventWithQuestions({ questions: [] });
    const fan = await signedInUser(["fan"]);
    const updated = await request("PUT", `/api/events/${event.id}`, { token: admin.accessToken, body: { questions: [{ id: "ticket", label: "Ticket number", type: "text", required: true }] } });
    expect(updated.status).toBe(200);
    const missing = await book(fan.accessToken, event.slots[0].id);
    expect(details(missing.body)).toEqual({ "answers.ticket": "Answer this question." });
    const booked = await book(fan.accessToken, event.slots[0].id, { answers: { ticket: "A-17" } });
    expect(booked.status).toBe(201);
    expect(booked.body.answers).toEqual({ ticket: "A-17" });
  });

  it("an Idempotency-Key retry with other answers is a different request (409), with the same answers the same booking", async () => {
    const { event, id } = await eventWithQuestions();
    const fan = await signedInUser(["fan"]);
    const key = randomUUID();
    const answers = { [id("T-shirt size")]: "L", [id("I accept the house rules")]: true };
    const first = await book(fan.accessToken, event.slots[0].id, { answers }, { "Idempotency-Key": key });
    expect(first.status).toBe(201);
    const reordered = Object.fromEntries(Object.entries(answers).reverse());
    expect((await book(fan.accessToken, event.slots[0].id, { answers: reordered }, { "Idempotency-Key": key })).body.id).toBe(first.body.id);
    const other = await book(fan.accessToken, event.slots[0].id, { answers: { ...answers, [id("T-shirt size")]: "S" } }, { "Idempotency-Key": key });
    expect(other.status).toBe(409);
  });
});

describe("a changed location", () => {
  it("sends each booked fan an updated invite with the new LOCATION and URL (same UID, higher SEQUENCE)", async () => {
    const { event, id } = await eventWithQuestions();
    const fan = await signedInUser(["fan"]);
    const booked = await book(fan.accessToken, event.slots[0].id, { answers: { [id("T-shirt size")]: "S", [id("I accept the house rules")]: true } });
    expect(booked.status).toBe(201);
    const first = inviteIn(await waitForEmail(fan.email, 0));

    // Questions alone are not something booked fans are told of; the location is.
    const asked = await request("PUT", `/api/events/${event.id}`, { token: admin.accessToken, body: { questions: event.questions.slice(0, 3) } });
    expect(asked.status).toBe(200);
    const moved = await request("PUT", `/api/events/${event.id}`, { token: admin.accessToken, body: { location: { name: "Red Hall", address: "Side St 9, Berlin" } } });
    expect(moved.status).toBe(200);
    const update = await waitForEmail(fan.email, 1);
    expect(update.subject).toMatch(/^Changed: /);
    expect(update.body.text).toContain("Where: Red Hall, Side St 9, Berlin");
    expect(update.body.text).toContain("Blue Room, Main St 1, 10115 Berlin · https://meet.example/abc?x=1&y=2"); // where it was
    const invite = inviteIn(update);
    const { siteUrl } = inject("localCloud");
    expect(invite).toMatchObject({ method: "REQUEST", uid: first.uid, location: "Red Hall, Side St 9, Berlin", url: `${siteUrl}/e/${event.slug}` });
    expect(invite.sequence).toBeGreaterThan(first.sequence);
    expect(parseInvite(invite.text).events[0]).toMatchObject({ uid: first.uid, sequence: invite.sequence, location: "Red Hall, Side St 9, Berlin" });

    // The fan's booking (and its calendar file) carry the new place; only that one update was sent.
    expect((await request("GET", `/api/bookings/${booked.body.id}`, { token: fan.accessToken })).body.event.location).toEqual({ name: "Red Hall", address: "Side St 9, Berlin" });
    const calendar = await fetch(`${inject("localCloud").apiUrl}/api/bookings/${booked.body.id}/calendar`, { headers: { authorization: `Bearer ${fan.accessToken}` } });
    expect(parseInvite(await calendar.text()).events[0]!.location).toBe("Red Hall, Side St 9, Berlin");
    await new Promise((resolve) => setTimeout(resolve, 500)); // room for a stray email to arrive
    await expect(waitForEmail(fan.email, 2, 10)).rejects.toThrow();
  });
});

describe("the waitlist of an event with questions", () => {
  it("asks the questions when joining, and the claimed booking carries those answers", async () => {
    const { event, id } = await eventWithQuestions({ slots: [{ startTime: "10:00", endTime: "11:00", capacity: 1 }] });
    const slotId = event.slots[0].id;
    const [holder, waiter] = await Promise.all([signedInUser(["fan"]), signedInUser(["fan"])]);
    expect((await book(holder.accessToken, slotId, { answers: { [id("T-shirt size")]: "S", [id("I accept the house rules")]: true } })).status).toBe(201);

    const unanswered = await request("POST", "/api/waitlist", { token: waiter.accessToken, body: { slotId } });
    expect(unanswered.status).toBe(400);
    expect(Object.keys(details(unanswered.body)).sort()).toEqual([`answers.${id("I accept the house rules")}`, `answers.${id("T-shirt size")}`].sort());
    expect((await request("GET", "/api/waitlist", { token: waiter.accessToken })).body.items).toEqual([]);

    const answers = { [id("T-shirt size")]: "L", [id("I accept the house rules")]: true };
    const joined = await request("POST", "/api/waitlist", { token: waiter.accessToken, body: { slotId, answers } });
    expect(joined.status).toBe(201);
    const holderBooking = (await request("GET", "/api/bookings", { token: holder.accessToken })).body.items[0];
    expect((await request("DELETE", `/api/bookings/${holderBooking.id}`, { token: holder.accessToken })).status).toBe(204);
    const deadline = Date.now() + 20_000;
    while ((await request("GET", "/api/waitlist", { token: waiter.accessToken })).body.items[0].status !== "offered") {
      if (Date.now() > deadline) throw new Error("No offer within 20 s.");
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    const claimed = await request("POST", `/api/waitlist/${joined.body.id}/claim`, { token: waiter.accessToken });
    expect(claimed.status).toBe(201);
    expect(claimed.body.answers).toEqual(answers);
  });
});
