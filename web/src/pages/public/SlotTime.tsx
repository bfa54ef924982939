import { Show } from "solid-js";
import { formatTimeRange, sameClock } from "../../lib/time";
import { t } from "../../i18n/t";

/** A slot's time in the viewer's zone, and in the event's zone beside it when the clocks differ. */
export default function SlotTime(props: { startsAt: string; endsAt: string; viewerZone: string; eventZone: string }) {
  return (
    <span class="slot-time">
      <time datetime={props.startsAt}>{formatTimeRange(props.startsAt, props.endsAt, props.viewerZone)}</time>
      <Show when={!sameClock(props.viewerZone, props.eventZone, props.startsAt)}>
        <span class="other-zone"> {t("({{range}} event time)", { range: formatTimeRange(props.startsAt, props.endsAt, props.eventZone) })}</span>
      </Show>
    </span>
  );
}
