import { createUniqueId, Show, splitProps, type JSX } from "solid-js";

/** A labelled textarea with an optional hint and error (the multi-line sibling of Field). */
export default function TextAreaField(props: JSX.TextareaHTMLAttributes<HTMLTextAreaElement> & { label: string; hint?: string; error?: string }) {
  const [own, textarea] = splitProps(props, ["label", "hint", "error", "id"]);
  const id = own.id ?? createUniqueId();
  const describedBy = () => [own.hint ? `${id}-hint` : "", own.error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div class="field">
      <label for={id}>{own.label}</label>
      <Show when={own.hint}>
        <p class="hint" id={`${id}-hint`}>
          {own.hint}
        </p>
      </Show>
      <textarea id={id} aria-invalid={own.error ? "true" : undefined} aria-describedby={describedBy()} {...textarea} />
      <Show when={own.error}>
        <p class="field-error" id={`${id}-error`}>
          {own.error}
        </p>
      </Show>
    </div>
  );
}
