import { describe, expect, it } from "vitest";
import { createEventInputSchema, updateEventInputSchema } from "./write-schemas";

// The zone plays no part here: any name passes as itself (the core checks zones against the tz database).
const createEventInput = createEventInputSchema((zone) => zone);
const updateEventInput = updateEventInputSchema((zone) => zone);

const base = { title: "Signing", date: "2026-12-05", timezone: "Europe/Berlin", slots: [{ startTime: "10:00", endTime: "11:00" }] };
const create = (extra: Record<string, unknown>) => createEventInput.safeParse({ ...base, ...extra });
/** Each refused field's path, dotted as the API's error details name it, with its message. */
const problems = (extra: Record<string, unknown>) => {
  const result = create(extra);
  expect(result.success, JSON.stringify(extra)).toBe(false);
  return Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join("."), issue.message]));
};

describe("an event's location", () => {
  it("defaults to none, keeps the parts given (trimmed), and treats an empty one as none", () => {
    expect(create({}).data).toMatchObject({ location: null, questions: [] });
    expect(create({ location: { name: " Blue Room ", address: "Main St 1, Berlin", url: "https://meet.example/abc?x=1" } }).data!.location).toEqual({
      name: "Blue Room",
      address: "Main St 1, Berlin",
      url: "https://meet.example/abc?x=1",
    });
    expect(create({ location: { url: "http://stream.example" } }).data!.location).toEqual({ url: "http://stream.example" });
    expect(create({ location: { name: "  ", url: "" } }).data!.location).toBeNull();
    expect(updateEventInput.parse({ location: null }).location).toBeNull();
    expect(updateEventInput.parse({}).location).toBeUndefined();
  });

  it("refuses links that are not http(s) web addresses, unknown parts, and unsafe or overlong text", () => {
    for (const url of ["javascript:alert(1)", "ftp://files.example/x", "meet.example/abc", "https://", "https://exa mple.com", "data:text/html,hi"]) {
      expect(problems({ location: { url } }), url).toEqual({ "location.url": "Use a web address starting with https:// or http://." });
    }
    expect(problems({ location: { url: `https://e.example/${"a".repeat(2000)}` } })).toHaveProperty("location.url");
    expect(problems({ location: { venue: "x" } })).toHaveProperty("location");
    expect(problems({ location: { name: "Room\u202E1" } })).toEqual({ "location.name": "Remove bidirectional override characters." });
    expect(problems({ location: { address: "Main St\n1" } })).toEqual({ "location.address": "Remove control characters and line breaks." });
    expect(problems({ location: { name: "x".repeat(201) } })).toEqual({ "location.name": "Use at most 200 characters." });
  });
});

describe("an event's questions", () => {
  it("keep text, choice and checkbox questions, required defaulting to false, options only on a choice", () => {
    const parsed = create({
      questions: [
        { label: " Dietary needs ", type: "text" },
        { id: "size", label: "T-shirt size", type: "choice", required: true, options: ["S", "M", "L"] },
        { label: "Days", type: "choice", options: ["Sat", "Sun"], multiple: true },
        { label: "I accept the house rules", type: "checkbox", required: true },
      ],
    }).data!;
    expect(parsed.questions).toEqual([
      { label: "Dietary needs", type: "text", required: false },
      { id: "size", label: "T-shirt size", type: "choice", required: true, options: ["S", "M", "L"], multiple: false },
      { label: "Days", type: "choice", required: false, options: ["Sat", "Sun"], multiple: true },
      { label: "I accept the house rules", type: "checkbox", required: true },
    ]);
  });

  it("refuse a choice without two different options, options or multiple on other types, and a blank option", () => {
    expect(problems({ questions: [{ label: "Size", type: "choice", options: ["S"] }] })).toEqual({ "questions.0.options": "A choice needs at least 2 different options." });
    expect(problems({ questions: [{ label: "Size", type: "choice" }] })).toEqual({ "questions.0.options": "A choice needs at least 2 different options." });
    expect(problems({ questions: [{ label: "Size", type: "choice", options: ["S", "M", "s"] }] })).toEqual({ "questions.0.options.2": "This option is listed twice." });
    expect(problems({ questions: [{ label: "Size", type: "choice", options: ["S", " "] }] })).toEqual({ "questions.0.options.1": "Enter the option, or remove it." });
    expect(problems({ questions: [{ label: "Notes", type: "text", options: ["a", "b"], multiple: true }] })).toEqual({
      "questions.0.options": "Only choice questions have options.",
      "questions.0.multiple": "Only choice questions take several answers.",
    });
    const many = Array.from({ length: 21 }, (_, i) => `Option ${i}`);
    expect(problems({ questions: [{ label: "Pick", type: "choice", options: many }] })).toEqual({ "questions.0.options": "At most 20 options." });
    expect(problems({ questions: [{ label: "Pick", type: "choice", options: ["a", "x".repeat(101)] }] })).toEqual({ "questions.0.options.1": "Use at most 100 characters." });
  });

  it("refuse more than 10 questions, repeated ids or labels, bad ids, blank or overlong labels and unknown types", () => {
    const eleven = Array.from({ length: 11 }, (_, i) => ({ label: `Question ${i}`, type: "text" }));
    expect(problems({ questions: eleven })).toEqual({ questions: "At most 10 questions." });
    expect(
      problems({
        questions: [
          { id: "a", label: "One", type: "text" },
          { id: "a", label: "one", type: "text" },
        ],
      }),
    ).toEqual({ "questions.1.id": "Two questions have this id.", "questions.1.label": "Another question asks this already." });
    expect(problems({ questions: [{ id: "a b", label: "One", type: "text" }] })).toEqual({ "questions.0.id": "Use 1-40 letters, digits, - or _." });
    for (const id of ["__proto__", "constructor", "toString"]) expect(problems({ questions: [{ id, label: "One", type: "text" }] }), id).toEqual({ "questions.0.id": "Choose another id." });
    expect(problems({ questions: [{ label: "\u200b", type: "text" }] })).toEqual({ "questions.0.label": "Enter the question." });
    expect(problems({ questions: [{ label: "x".repeat(201), type: "text" }] })).toEqual({ "questions.0.label": "Use at most 200 characters." });
    expect(problems({ questions: [{ label: "Pick", type: "radio" }] })).toEqual({ "questions.0.type": "Use text, choice or checkbox." });
    expect(problems({ questions: [{ label: "Pick", type: "text", extra: 1 }] })).toHaveProperty("questions.0");
  });
});
