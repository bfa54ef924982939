import type { JSX } from "solid-js";
import FieldFrame from "./FieldFrame";

/** What an input may be given. Named one by one rather than spread: see the note below. */
type InputProps = Pick<
  JSX.InputHTMLAttributes<HTMLInputElement>,
  | "type" | "name" | "checked" | "required" | "disabled" | "readOnly" | "autocomplete" | "inputmode" | "placeholder" | "pattern"
  | "list" | "min" | "max" | "step" | "minLength" | "maxLength" | "onInput" | "onChange" | "onFocus"
>;

/**
 * A labelled input with an optional hint and error.
 * (No `{...props}` on an element anywhere in the app: spreading brings Solid's whole attribute machinery, about
 * 2 KB gzipped, into the one chunk every first visit downloads. tests/infra/web-bundle.test.ts holds that budget.)
 */
export default function Field(
  props: InputProps & { value: JSX.InputHTMLAttributes<HTMLInputElement>["value"]; id?: string; class?: string; label: string; hint?: string; error?: string; ref?: (input: HTMLInputElement) => void },
) {
  return (
    <FieldFrame
      id={props.id}
      label={props.label}
      hint={props.hint}
      error={props.error}
      class={props.class}
      control={(wiring) => (
        <input
          ref={(input) => props.ref?.(input)}
          id={wiring.id}
          aria-invalid={wiring["aria-invalid"]}
          aria-describedby={wiring["aria-describedby"]}
          type={props.type}
          name={props.name}
          value={props.value}
          checked={props.checked}
          required={props.required}
          readOnly={props.readOnly}
          disabled={props.disabled}
          autocomplete={props.autocomplete}
          inputmode={props.inputmode}
          placeholder={props.placeholder}
          pattern={props.pattern}
          list={props.list}
          min={props.min}
          max={props.max}
          step={props.step}
          minLength={props.minLength}
          maxLength={props.maxLength}
          onInput={props.onInput}
          onChange={props.onChange}
          onFocus={props.onFocus}
        />
      )}
    />
  );
}
