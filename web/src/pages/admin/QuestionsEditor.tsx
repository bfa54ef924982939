import { limits } from "@slotbook/contract/limits";
import { For, Show } from "solid-js";
import { createStore } from "solid-js/store";
import { ApiError, fieldError } from "../../api/errors";
import type { Question, QuestionInput, QuestionType } from "@slotbook/contract";
import Field from "../../components/Field";
import FieldFrame from "../../components/FieldFrame";
import TextAreaField from "../../components/TextAreaField";
import { t } from "../../i18n/t";

/** As many as the API takes. */
const maxQuestions = limits.questionsMax;

/** One question as the form holds it: a choice's options one per line; `id` once the API has given it one. */
interface QuestionRow {
  key: string;
  id?: string;
  label: string;
  type: QuestionType;
  required: boolean;
  options: string;
  multiple: boolean;
}

const rowOf = (question: Question): QuestionRow => ({
  key: question.id,
  id: question.id,
  label: question.label,
  type: question.type,
  required: question.required,
  options: (question.options ?? []).join("\n"),
  multiple: question.multiple ?? false,
});

/**
 * The questions as the form holds them. `values()` is what the API takes: a question keeps its id (and so the
 * answers given to it); options only on a choice, blank lines left out.
 */
export function createQuestionsState(questions: Question[] = []) {
  const [rows, setRows] = createStore<QuestionRow[]>(questions.map(rowOf));
  const values = (): QuestionInput[] =>
    rows.map((row) => ({
      ...(row.id ? { id: row.id } : {}),
      label: row.label,
      type: row.type,
      required: row.required,
      ...(row.type === "choice" ? { options: row.options.split("\n").map((option) => option.trim()).filter(Boolean), multiple: row.multiple } : {}),
    }));
  /** After a save: the questions as the API keeps them (new ones now have ids, which the next save must send). */
  const reset = (saved: Question[]) => setRows(saved.map(rowOf));
  return { rows, setRows, values, reset };
}

export type QuestionsState = ReturnType<typeof createQuestionsState>;

/** The first problem the API found under a path (`questions.2.options` covers `questions.2.options.1`). */
const problemUnder = (error: unknown, path: string) => (error instanceof ApiError ? error.details.find((detail) => detail.path === path || detail.path.startsWith(`${path}.`))?.message : undefined);

/**
 * What fans are asked when they book: free text, a choice (one option, or several) or a checkbox (a required
 * one must be ticked). Answers show in the bookings list and its CSV export.
 */
export default function QuestionsEditor(props: { state: QuestionsState; error: unknown }) {
  const { rows, setRows } = props.state;
  const add = () => setRows(rows.length, { key: crypto.randomUUID(), label: "", type: "text", required: false, options: "", multiple: false });
  const remove = (key: string) => setRows((all) => all.filter((row) => row.key !== key));
  return (
    <fieldset class="questions-editor">
      <legend>{t("Questions for fans (optional)")}</legend>
      <p class="hint">{t("Asked when they book. Removing a question hides the answers given to it.")}</p>
      <p class="field-error">{fieldError(props.error, "questions")}</p>
      <ol class="question-rows">
        <For each={rows}>
          {(row, index) => (
            <li>
              <fieldset>
                <legend>{t("Question {{number}}", { number: index() + 1 })}</legend>
                <Field
                  label={t("Question")}
                  required
                  maxLength={limits.questionLabelMax}
                  value={row.label}
                  onInput={(e) => setRows(index(), "label", e.currentTarget.value)}
                  error={fieldError(props.error, `questions.${index()}.label`) ?? fieldError(props.error, `questions.${index()}`)}
                />
                <FieldFrame
                  label={t("Answer")}
                  error={fieldError(props.error, `questions.${index()}.type`)}
                  control={(wiring) => (
                    <select id={wiring.id} aria-invalid={wiring["aria-invalid"]} aria-describedby={wiring["aria-describedby"]} value={row.type} onChange={(e) => setRows(index(), "type", e.currentTarget.value as QuestionType)}>
                      <option value="text">{t("Text")}</option>
                      <option value="choice">{t("A choice of options")}</option>
                      <option value="checkbox">{t("A checkbox (yes or no)")}</option>
                    </select>
                  )}
                />
                <Show when={row.type === "choice"}>
                  <TextAreaField
                    label={t("Options, one per line")}
                    rows={3}
                    hint={t("At least two.")}
                    value={row.options}
                    onInput={(e) => setRows(index(), "options", e.currentTarget.value)}
                    error={problemUnder(props.error, `questions.${index()}.options`)}
                  />
                  <div class="checkbox">
                    <input id={`question-${row.key}-multiple`} type="checkbox" checked={row.multiple} onChange={(e) => setRows(index(), "multiple", e.currentTarget.checked)} />
                    <label for={`question-${row.key}-multiple`}>{t("Fans may pick several")}</label>
                  </div>
                </Show>
                <div class="checkbox">
                  <input id={`question-${row.key}-required`} type="checkbox" checked={row.required} onChange={(e) => setRows(index(), "required", e.currentTarget.checked)} />
                  <label for={`question-${row.key}-required`}>{row.type === "checkbox" ? t("Must be ticked to book") : t("Must be answered to book")}</label>
                </div>
                <button type="button" class="link-button" onClick={() => remove(row.key)}>
                  {t("Remove question {{number}}", { number: index() + 1 })}
                </button>
              </fieldset>
            </li>
          )}
        </For>
      </ol>
      <Show when={rows.length < maxQuestions} fallback={<p class="hint">{t("That's the most questions an event can ask ({{count}}).", { count: maxQuestions })}</p>}>
        <button type="button" class="button-secondary" onClick={add}>
          {t("Add a question")}
        </button>
      </Show>
    </fieldset>
  );
}
