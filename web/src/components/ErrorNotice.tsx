import { Show } from "solid-js";
import { messageOf } from "../api/errors";
import { t } from "../i18n/t";

/** An error a user can act on: what went wrong, in words, and a retry when one makes sense. */
export default function ErrorNotice(props: { error: unknown; retry?: () => void }) {
  return (
    <div class="notice notice-error" role="alert">
      <p>{messageOf(props.error)}</p>
      <Show when={props.retry}>
        {(retry) => (
          <button type="button" class="button-secondary" onClick={() => retry()()}>
            {t("Try again")}
          </button>
        )}
      </Show>
    </div>
  );
}
