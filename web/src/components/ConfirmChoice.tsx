import { Show, type JSX } from "solid-js";
import ConfirmDialog from "./ConfirmDialog";
import FormError from "./FormError";

/**
 * Asks before acting on one chosen item (cancel this booking, leave this waitlist): open while an item is
 * chosen, describing it, with the action's error shown in place.
 */
export default function ConfirmChoice<T>(props: {
  chosen: T | null;
  title: string;
  confirmLabel: string;
  busy: boolean;
  error: unknown;
  onConfirm: () => void;
  onCancel: () => void;
  children: (item: T) => JSX.Element;
}) {
  return (
    <ConfirmDialog open={props.chosen !== null} title={props.title} confirmLabel={props.confirmLabel} danger busy={props.busy} onConfirm={props.onConfirm} onCancel={props.onCancel}>
      <Show when={props.chosen}>{(item) => props.children(item())}</Show>
      <FormError error={props.error} />
    </ConfirmDialog>
  );
}
