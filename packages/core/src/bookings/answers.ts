import { isInvisible, textProblem, type AnswerValue, type Answers, type ErrorDetail, type Question } from "@slotbook/contract";
import { DomainError } from "../errors";

const kindOf = (value: AnswerValue) => (typeof value === "boolean" ? "a tick (true or false)" : Array.isArray(value) ? "a list" : "text");

/** One answer as stored, or why it is refused. Blank text and an empty list count as no answer. */
function checked(question: Question, value: AnswerValue): { value?: AnswerValue; problem?: string } {
  switch (question.type) {
    case "text": {
      if (typeof value !== "string") return { problem: `Answer with text, not ${kindOf(value)}.` };
      const text = value.replace(/\r\n/g, "\n").trim();
      const problem = textProblem(text, { multiline: true });
      if (problem) return { problem };
      return isInvisible(text) ? {} : { value: text };
    }
    case "choice": {
      const options = question.options ?? [];
      if (question.multiple) {
        if (!Array.isArray(value)) return { problem: "Answer with a list of the options." };
        if (value.some((option) => !options.includes(option))) return { problem: "Choose only from the options." };
        if (new Set(value).size !== value.length) return { problem: "Choose each option once." };
        return value.length === 0 ? {} : { value: options.filter((option) => value.includes(option)) };
      }
      if (typeof value !== "string") return { problem: `Answer with one of the options, not ${kindOf(value)}.` };
      if (value === "") return {};
      return options.includes(value) ? { value } : { problem: "Choose one of the options." };
    }
    case "checkbox":
      return typeof value === "boolean" ? { value } : { problem: `Answer with true or false, not ${kindOf(value)}.` };
  }
}

/**
 * The answers to keep for a booking of an event with these questions, or 400 VALIDATION_FAILED naming each
 * bad one (`answers.<id>`): an unknown id, an answer of the wrong kind or not among the options, or a
 * required question left unanswered (a required checkbox must be ticked).
 */
export function checkAnswers(questions: readonly Question[], given: Answers | undefined): Answers {
  const answers = given ?? {};
  const known = new Map(questions.map((question) => [question.id, question]));
  const details: ErrorDetail[] = [];
  // A Map, so no id can reach an object's own machinery (`__proto__`, `constructor`).
  const kept = new Map<string, AnswerValue>();
  for (const [id, value] of Object.entries(answers)) {
    const question = known.get(id);
    if (!question) {
      details.push({ path: `answers.${id}`, message: "Not a question of this event." });
      continue;
    }
    const result = checked(question, value);
    if (result.problem) details.push({ path: `answers.${id}`, message: result.problem });
    else if (result.value !== undefined) kept.set(id, result.value);
  }
  for (const question of questions) {
    if (!question.required || details.some((detail) => detail.path === `answers.${question.id}`)) continue;
    const value = kept.get(question.id);
    if (value === undefined) details.push({ path: `answers.${question.id}`, message: question.type === "checkbox" ? "Tick this to book." : "Answer this question." });
    else if (question.type === "checkbox" && value !== true) details.push({ path: `answers.${question.id}`, message: "Tick this to book." });
  }
  if (details.length > 0) throw new DomainError("VALIDATION_FAILED", "Some answers are missing or invalid.", { details });
  return Object.fromEntries(kept);
}
