import { Show } from "solid-js";
import { messageOf } from "../api/errors";

/** A form's overall error, announced when it appears. Field-level problems show beside their fields. */
export default function FormError(props: { error: unknown }) {
  return (
    <Show when={props.error}>
      <p class="form-error" role="alert">
        {messageOf(props.error)}
      </p>
    </Show>
  );
}
