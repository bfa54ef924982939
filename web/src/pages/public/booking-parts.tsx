import { For, Show } from "solid-js";
import { ApiError } from "../../api/errors";
import { formatDateTime } from "../../lib/time";
import { t } from "../../i18n/t";

/** How many seats one booking takes, 1 to `max` (shown only when more than one is possible). */
export function SeatsPicker(props: { max: number; value: number; onChange: (seats: number) => void }) {
  return (
    <Show when={props.max > 1}>
      <div class="field seats">
        <label for="booking-seats">{t("Seats")}</label>
        <select id="booking-seats" value={props.value} onChange={(e) => props.onChange(Number(e.currentTarget.value))}>
          <For each={Array.from({ length: props.max }, (_, i) => i + 1)}>
            {(count) => <option value={count}>{count === 1 ? t("1 seat") : t("{{count}} seats", { count })}</option>}
          </For>
        </select>
      </div>
    </Show>
  );
}

/** The on-sale answers put for a fan: when booking opens, that it has closed (the API's words otherwise). */
export function explain(error: unknown, viewerZone: string): unknown {
  if (!(error instanceof ApiError)) return error;
  if (error.code === "NOT_OPEN_YET") {
    const opensAt = error.details.find((detail) => detail.path === "opensAt")?.message;
    return new Error(opensAt ? t("Booking hasn't opened yet: it opens {{when}}.", { when: formatDateTime(opensAt, viewerZone) }) : t("Booking hasn't opened yet."));
  }
  if (error.code === "BOOKING_CLOSED") return new Error(t("Booking for this event has closed."));
  if (error.code === "SLOT_IN_PAST") return new Error(t("This slot has already started, so it can't be booked any more."));
  return error;
}
