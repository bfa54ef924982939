import { Show } from "solid-js";
import { messageOf } from "../api/errors";

/** An error a user can act on: what went wrong, in words, and a retry when one makes sense. */
export default function ErrorNotice(props: { error: unknown; retry?: () => void }) {
  return (
    <div class="notice notice-error" role="alert">
      <p>{messageOf(props.error)}</p>
      <Show when={props.retry}>
        {(retry) => (
          <button type="button" class="button-secondary" onClick={() => retry()()}>
            Try again
          </button>
        )}
      </Show>
    </div>
  );
}
