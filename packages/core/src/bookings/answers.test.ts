import { describe, expect, it } from "vitest";
import { DomainError } from "../errors";
import { answersInput, createBookingInput, type Answers, type Question } from "@slotbook/contract";
import { checkAnswers } from "./answers";

const questions: Question[] = [
  { id: "diet", label: "Dietary needs", type: "text", required: false },
  { id: "size", label: "T-shirt size", type: "choice", required: true, options: ["S", "M", "L"], multiple: false },
  { id: "days", label: "Which days?", type: "choice", required: false, options: ["Sat", "Sun"], multiple: true },
  { id: "terms", label: "I accept the house rules", type: "checkbox", required: true },
  { id: "news", label: "Send me news", type: "checkbox", required: false },
];

/** The details of the refusal (path → message), or a failure when the answers pass. */
function refused(given: Answers | undefined, asked: Question[] = questions): Record<string, string> {
  try {
    checkAnswers(asked, given);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe("VALIDATION_FAILED");
    return Object.fromEntries((error as DomainError).details!.map((detail) => [detail.path, detail.message]));
  }
  return expect.fail(`accepted ${JSON.stringify(given)}`);
}

describe("answers to an event's questions", () => {
  it("keep what the fan answered, trimmed, with blank optional answers left out and several options in the event's order", () => {
    expect(checkAnswers(questions, { diet: "  vegan\r\nno nuts  ", size: "M", days: ["Sun", "Sat"], terms: true, news: false })).toEqual({
      diet: "vegan\nno nuts",
      size: "M",
      days: ["Sat", "Sun"],
      terms: true,
      news: false,
    });
    expect(checkAnswers(questions, { diet: " \u200b ", size: "L", days: [], terms: true })).toEqual({ size: "L", terms: true });
  });

  it("need every required question answered, and a required checkbox ticked", () => {
    expect(refused(undefined)).toEqual({ "answers.size": "Answer this question.", "answers.terms": "Tick this to book." });
    expect(refused({ size: "", terms: false })).toEqual({ "answers.size": "Answer this question.", "answers.terms": "Tick this to book." });
    expect(checkAnswers([], undefined)).toEqual({});
  });

  it("refuse an unknown question, an option not offered, and an answer of the wrong kind, naming each", () => {
    expect(refused({ size: "XL", terms: true, shoe: "42" })).toEqual({ "answers.size": "Choose one of the options.", "answers.shoe": "Not a question of this event." });
    expect(refused({ size: ["S"], terms: "yes", diet: true, days: "Sat" })).toEqual({
      "answers.size": "Answer with one of the options, not a list.",
      "answers.terms": "Answer with true or false, not text.",
      "answers.diet": "Answer with text, not a tick (true or false).",
      "answers.days": "Answer with a list of the options.",
    });
    expect(refused({ size: "s", terms: true })).toEqual({ "answers.size": "Choose one of the options." });
    expect(refused({ size: "S", terms: true, days: ["Sat", "Sat"] })).toEqual({ "answers.days": "Choose each option once." });
    expect(refused({ size: "S", terms: true, days: ["Sat", "Mon"] })).toEqual({ "answers.days": "Choose only from the options." });
  });

  it("treat names every object has as unknown questions, never as answers", () => {
    const given = JSON.parse('{"__proto__": ["S"], "constructor": "x", "size": "S", "terms": true}') as Answers;
    expect(refused(given)).toEqual({ "answers.__proto__": "Not a question of this event.", "answers.constructor": "Not a question of this event." });
    expect(Object.getPrototypeOf(checkAnswers(questions, { size: "S", terms: true }))).toBe(Object.prototype);
  });

  it("refuse text the safety rules refuse (controls, bidi overrides)", () => {
    expect(refused({ size: "S", terms: true, diet: "a\u0007b" })).toEqual({ "answers.diet": "Remove control characters (line breaks are fine)." });
    expect(refused({ size: "S", terms: true, diet: "abc\u202Edef" })).toEqual({ "answers.diet": "Remove bidirectional override characters." });
  });

  it("arrive in a bounded shape: at most 10 answers, texts and lists of bounded length", () => {
    expect(answersInput.safeParse({ a: "x", b: ["y"], c: true }).success).toBe(true);
    expect(answersInput.safeParse(Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`q${i}`, true]))).success).toBe(false);
    expect(answersInput.safeParse({ a: "x".repeat(1001) }).success).toBe(false);
    expect(answersInput.safeParse({ a: 3 }).success).toBe(false);
    expect(answersInput.safeParse({ a: null }).success).toBe(false);
    const booking = createBookingInput.safeParse({ slotId: "e.s", answers: { a: { nested: true } } });
    expect(booking.success).toBe(false);
    expect(booking.error!.issues[0]!.path).toEqual(["answers", "a"]);
  });
});
