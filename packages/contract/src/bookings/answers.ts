import * as z from "zod/mini";
import "../english";
import { limits } from "../limits";

/** A fan's answers to an event's questions, by question id: text or one option, several options, or a tick. */
export type AnswerValue = string | string[] | boolean;
export type Answers = Record<string, AnswerValue>;

/**
 * The shape answers arrive in; what they must say is checked against the event's questions (the core's
 * checkAnswers), which the booking finds on the slot's counter.
 */
export const answersInput = z
  .record(
    z.string().check(z.maxLength(limits.questionIdMax, "Not a question of this event.")),
    z.union([
      z.string().check(z.maxLength(limits.answerMax, `Use at most ${limits.answerMax} characters.`)),
      z.array(z.string().check(z.maxLength(limits.optionMax, "Not one of the options."))).check(z.maxLength(limits.optionsMax, `At most ${limits.optionsMax} options.`)),
      z.boolean(),
    ]),
  )
  .check(
    z.refine((answers) => Object.keys(answers).length <= limits.questionsMax, `At most ${limits.questionsMax} answers.`),
    z.meta({
      id: "AnswersInput",
      description:
        "Answers to the event's questions, by question id: a text question takes a string, a choice one of its options (a list of them when the question is multiple), a checkbox true or false. Required questions must be answered (a required checkbox ticked); unknown ids are refused.",
    }),
  );
