import * as z from "zod/mini";
import "../english";
import { limits } from "../limits";
import { safeText, textProblem } from "../text/safe-text";
import { questionTypes } from "./inputs";
import type { EventLocation, Question } from "./views";

/*
 * What admins send for an event's location and questions (create and update). Kept apart from
 * write-schemas.ts so the rules for these two fields are read in one place.
 */

/** A web address people can open: http or https with a host, nothing a mail client or calendar would mangle. */
export function isWebUrl(value: string): boolean {
  if (/\s/.test(value) || textProblem(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.length > 0;
  } catch {
    return false;
  }
}

const webUrl = z
  .string()
  .check(
    z.trim(),
    z.maxLength(limits.locationUrlMax, `Use at most ${limits.locationUrlMax} characters.`),
    z.refine((value) => value === "" || isWebUrl(value), "Use a web address starting with https:// or http://."),
  );

/** Blank parts are left out; a location with nothing left in it is none (null). */
export const locationInput = z
  .nullable(
    z.pipe(
      z.strictObject({
        name: z.optional(safeText({ max: limits.locationNameMax })).check(z.meta({ description: `The venue's name (at most ${limits.locationNameMax} characters)` })),
        address: z.optional(safeText({ max: limits.locationAddressMax })).check(z.meta({ description: `The venue's address, one line (at most ${limits.locationAddressMax} characters)` })),
        url: z.optional(webUrl).check(z.meta({ description: "An online link: an absolute http:// or https:// address" })),
      }),
      z.transform((given): EventLocation | null => {
        const kept = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined && value !== "")) as EventLocation;
        return Object.keys(kept).length > 0 ? kept : null;
      }),
    ),
  )
  .check(z.meta({ id: "EventLocationInput", description: "A venue (name, address) and/or an online link (http or https). Blank parts are dropped; null or {} clears it." }));

/** Answers are objects keyed by question id: a name every object already has (`constructor`, `__proto__`) is refused. */
export const questionIdSchema = z
  .string()
  .check(
    z.regex(new RegExp(`^[A-Za-z0-9_-]{1,${limits.questionIdMax}}$`), `Use 1-${limits.questionIdMax} letters, digits, - or _.`),
    z.refine((id) => !(id in Object.prototype), "Choose another id."),
  );

/** Options compare without case: "Yes" and "yes" would be one option twice to a fan. */
const sameOption = (option: string) => option.toLocaleLowerCase("en");

const questionInput = z
  .strictObject({
    id: z.optional(questionIdSchema).check(z.meta({ description: "Keep an existing question (and its answers) by sending its id; leave it out for a new question" })),
    label: safeText({ max: limits.questionLabelMax, required: "Enter the question." }).check(z.meta({ description: `What the fan is asked (at most ${limits.questionLabelMax} characters; labels differ)` })),
    type: z.enum(questionTypes, "Use text, choice or checkbox.").check(z.meta({ description: "text: free text; choice: one of the options (several with multiple); checkbox: a tick" })),
    required: z._default(z.boolean(), false).check(z.meta({ description: "Booking needs an answer; a required checkbox must be ticked" })),
    options: z
      .optional(
        z
          .array(safeText({ max: limits.optionMax, required: "Enter the option, or remove it." }))
          .check(z.maxLength(limits.optionsMax, `At most ${limits.optionsMax} options.`)),
      )
      .check(z.meta({ description: `choice only (and required there): 2 to ${limits.optionsMax} options that differ (ignoring case), each at most ${limits.optionMax} characters` })),
    multiple: z.optional(z.boolean()).check(z.meta({ description: "choice only: the fan may pick several options (default false)" })),
  })
  .check((ctx) => {
    const question = ctx.value;
    const issue = (path: Array<string | number>, message: string) => ctx.issues.push({ code: "custom", message, input: question, path });
    if (question.type !== "choice") {
      if (question.options !== undefined) issue(["options"], "Only choice questions have options.");
      if (question.multiple !== undefined) issue(["multiple"], "Only choice questions take several answers.");
      return;
    }
    const options = question.options ?? [];
    const seen = new Set<string>();
    options.forEach((option, index) => {
      if (seen.has(sameOption(option))) issue(["options", index], "This option is listed twice.");
      seen.add(sameOption(option));
    });
    if (seen.size < 2) issue(["options"], "A choice needs at least 2 different options.");
  }, z.meta({ id: "QuestionInput" }));

/** Stored without the parts a type doesn't use; an id is given to each new question when the event is saved. */
export type QuestionInput = Omit<Question, "id"> & { id?: string };

export const questionsInput = z
  .pipe(
    z.array(questionInput).check(z.maxLength(limits.questionsMax, `At most ${limits.questionsMax} questions.`), (ctx) => {
      const ids = new Set<string>();
      const labels = new Set<string>();
      ctx.value.forEach((question, index) => {
        if (question.id !== undefined) {
          if (ids.has(question.id)) ctx.issues.push({ code: "custom", message: "Two questions have this id.", input: question.id, path: [index, "id"] });
          ids.add(question.id);
        }
        const label = question.label.toLocaleLowerCase("en");
        if (labels.has(label)) ctx.issues.push({ code: "custom", message: "Another question asks this already.", input: question.label, path: [index, "label"] });
        labels.add(label);
      });
    }),
    z.transform((questions): QuestionInput[] =>
      questions.map(({ id, label, type, required, options, multiple }) => ({
        ...(id !== undefined ? { id } : {}),
        label,
        type,
        required,
        ...(type === "choice" ? { options: options ?? [], multiple: multiple ?? false } : {}),
      })),
    ),
  )
  .check(z.meta({ description: `Asked when booking, at most ${limits.questionsMax}: the list replaces the event's questions` }));
