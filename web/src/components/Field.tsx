import { createUniqueId, Show, splitProps, type JSX } from "solid-js";

type InputProps = JSX.InputHTMLAttributes<HTMLInputElement>;

/** A labelled input with an optional hint and error, wired together for screen readers. */
export default function Field(props: InputProps & { label: string; hint?: string; error?: string }) {
  const [own, input] = splitProps(props, ["label", "hint", "error", "id", "class"]);
  const id = own.id ?? createUniqueId();
  const describedBy = () => [own.hint ? `${id}-hint` : "", own.error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div class={`field ${own.class ?? ""}`}>
      <label for={id}>{own.label}</label>
      <Show when={own.hint}>
        <p class="hint" id={`${id}-hint`}>
          {own.hint}
        </p>
      </Show>
      <input id={id} aria-invalid={own.error ? "true" : undefined} aria-describedby={describedBy()} {...input} />
      <Show when={own.error}>
        <p class="field-error" id={`${id}-error`}>
          {own.error}
        </p>
      </Show>
    </div>
  );
}
