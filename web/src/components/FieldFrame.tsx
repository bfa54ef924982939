import { createUniqueId, Show, type JSX } from "solid-js";

export interface FieldFrameProps {
  id?: string;
  label: string;
  hint?: string;
  error?: string;
  class?: string;
  /** The control itself, given its id and the accessibility attributes that tie it to the hint and error. */
  control: (wiring: { id: string; "aria-invalid"?: "true"; "aria-describedby"?: string }) => JSX.Element;
}

/** A label, an optional hint and an optional error around one form control, wired together for screen readers. */
export default function FieldFrame(props: FieldFrameProps) {
  const id = props.id ?? createUniqueId();
  const describedBy = () => [props.hint ? `${id}-hint` : "", props.error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div class={`field ${props.class ?? ""}`}>
      <label for={id}>{props.label}</label>
      <Show when={props.hint}>
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      </Show>
      {props.control({ id, "aria-invalid": props.error ? "true" : undefined, "aria-describedby": describedBy() })}
      <Show when={props.error}>
        <p class="field-error" id={`${id}-error`}>
          {props.error}
        </p>
      </Show>
    </div>
  );
}
