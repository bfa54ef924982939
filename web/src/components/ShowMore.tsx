import { Show } from "solid-js";
import type { PagedList } from "../lib/paged";
import FormError from "./FormError";
import { t } from "../i18n/t";

/** The button under a paged list: loads the next page in place; says how many are shown once it has (`shown`, in words). */
export default function ShowMore<T>(props: { list: PagedList<T>; shown: (count: number) => string }) {
  return (
    <>
      <p class="live" role="status" aria-live="polite">
        {props.list.items().length > (props.list.first.latest?.items.length ?? 0) ? props.shown(props.list.items().length) : ""}
      </p>
      <Show when={props.list.hasMore()}>
        <FormError error={props.list.loadMore.error()} />
        <p>
          <button type="button" class="button-secondary" onClick={() => void props.list.loadMore.submit()} disabled={props.list.loadMore.busy()}>
            {props.list.loadMore.busy() ? t("Loading more…") : t("Show more")}
          </button>
        </p>
      </Show>
    </>
  );
}
