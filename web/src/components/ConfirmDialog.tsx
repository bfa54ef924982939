import { createEffect, createUniqueId, type JSX } from "solid-js";
import { t } from "../i18n/t";

/**
 * A modal yes/no question on the native <dialog>: it traps focus, closes on Escape and returns focus to
 * whatever opened it, with no script of ours for any of that.
 */
export default function ConfirmDialog(props: {
  open: boolean;
  title: string;
  children: JSX.Element;
  confirmLabel: string;
  cancelLabel?: string;
  danger?: boolean;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  let dialog!: HTMLDialogElement;
  const titleId = createUniqueId();
  createEffect(() => {
    if (props.open && !dialog.open) dialog.showModal();
    if (!props.open && dialog.open) dialog.close();
  });
  return (
    <dialog ref={dialog} aria-labelledby={titleId} onClose={() => props.open && props.onCancel()}>
      <h2 id={titleId}>{props.title}</h2>
      {props.children}
      <div class="actions">
        <button type="button" class="button-secondary" onClick={() => props.onCancel()} disabled={props.busy}>
          {props.cancelLabel ?? t("Keep it")}
        </button>
        <button type="button" class={props.danger ? "button-danger" : ""} onClick={() => props.onConfirm()} disabled={props.busy}>
          {props.busy ? t("Working…") : props.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
