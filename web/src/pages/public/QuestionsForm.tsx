import { limits } from "@slotbook/contract/limits";
import { createUniqueId, For, Match, Show, Switch } from "solid-js";
import { fieldError } from "../../api/errors";
import type { Answers, Question } from "@slotbook/contract";
import TextAreaField from "../../components/TextAreaField";
import { t } from "../../i18n/t";

type Answer = Answers[string] | undefined;

/**
 * The organiser's questions, asked in the booking panel before booking or joining the waitlist (its own chunk:
 * only events with questions load it). The API checks the answers; its problems show beside each question.
 */
export default function QuestionsForm(props: { questions: Question[]; answers: Answers; onChange: (id: string, value: Answer) => void; error: unknown }) {
  return (
    <fieldset class="questions">
      <legend>{t("The organiser asks")}</legend>
      <For each={props.questions}>
        {(question) => <QuestionField question={question} value={props.answers[question.id]} onChange={(value) => props.onChange(question.id, value)} error={fieldError(props.error, `answers.${question.id}`)} />}
      </For>
    </fieldset>
  );
}

function QuestionField(props: { question: Question; value: Answer; onChange: (value: Answer) => void; error?: string }) {
  const id = createUniqueId();
  const label = () => (props.question.required ? props.question.label : t("{{label}} (optional)", { label: props.question.label }));
  const errorId = () => (props.error ? `${id}-error` : undefined);
  const picked = () => (Array.isArray(props.value) ? props.value : []);
  return (
    <Switch>
      <Match when={props.question.type === "text"}>
        <TextAreaField
          id={id}
          label={label()}
          rows={2}
          maxLength={limits.answerMax}
          required={props.question.required}
          value={typeof props.value === "string" ? props.value : ""}
          onInput={(e) => props.onChange(e.currentTarget.value)}
          error={props.error}
        />
      </Match>
      <Match when={props.question.type === "checkbox"}>
        <div class="checkbox">
          <input
            id={id}
            type="checkbox"
            checked={props.value === true}
            aria-required={props.question.required ? "true" : undefined}
            aria-invalid={props.error ? "true" : undefined}
            aria-describedby={errorId()}
            onChange={(e) => props.onChange(e.currentTarget.checked)}
          />
          <label for={id}>{label()}</label>
        </div>
        <ErrorLine id={errorId()} error={props.error} />
      </Match>
      <Match when={props.question.type === "choice"}>
        <fieldset aria-describedby={errorId()} aria-invalid={props.error ? "true" : undefined}>
          <legend>{label()}</legend>
          <For each={props.question.options ?? []}>
            {(option, index) => (
              <div class="checkbox">
                <Show
                  when={props.question.multiple}
                  fallback={
                    <input
                      id={`${id}-${index()}`}
                      type="radio"
                      name={id}
                      value={option}
                      checked={props.value === option}
                      required={props.question.required}
                      onChange={() => props.onChange(option)}
                    />
                  }
                >
                  <input
                    id={`${id}-${index()}`}
                    type="checkbox"
                    value={option}
                    checked={picked().includes(option)}
                    onChange={(e) => props.onChange(e.currentTarget.checked ? [...picked(), option] : picked().filter((other) => other !== option))}
                  />
                </Show>
                <label for={`${id}-${index()}`}>{option}</label>
              </div>
            )}
          </For>
          <ErrorLine id={errorId()} error={props.error} />
        </fieldset>
      </Match>
    </Switch>
  );
}

function ErrorLine(props: { id?: string; error?: string }) {
  return (
    <Show when={props.error}>
      <p class="field-error" id={props.id}>
        {props.error}
      </p>
    </Show>
  );
}
