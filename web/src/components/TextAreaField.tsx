import type { JSX } from "solid-js";
import FieldFrame from "./FieldFrame";

type TextAreaProps = Pick<JSX.TextareaHTMLAttributes<HTMLTextAreaElement>, "rows" | "required" | "maxLength" | "onInput">;

/** A labelled textarea with an optional hint and error (the multi-line sibling of Field, which says why no spreading). */
export default function TextAreaField(props: TextAreaProps & { value: string; id?: string; label: string; hint?: string; error?: string }) {
  return (
    <FieldFrame
      id={props.id}
      label={props.label}
      hint={props.hint}
      error={props.error}
      control={(wiring) => (
        <textarea
          id={wiring.id}
          aria-invalid={wiring["aria-invalid"]}
          aria-describedby={wiring["aria-describedby"]}
          rows={props.rows}
          required={props.required}
          maxLength={props.maxLength}
          value={props.value}
          onInput={props.onInput}
        />
      )}
    />
  );
}
