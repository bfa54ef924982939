import { Show } from "solid-js";
import { spanInWords } from "../../lib/countdown";
import { formatTime } from "../../lib/time";
import { t } from "../../i18n/t";

/**
 * How long an offer still holds, by the server's clock (`now`), ticking; "expired" once it has run out.
 * The ticking text is a timer (not announced each second); the deadline is said once beside it.
 */
export default function OfferTimeLeft(props: { expiresAt: string; now: number; viewerZone: string }) {
  const left = () => Date.parse(props.expiresAt) - props.now;
  return (
    <Show when={left() > 0} fallback={<p class="offer-expired">{t("This offer has expired: the seat went to the next fan in line.")}</p>}>
      <p class="offer-time">
        {t("Time left to claim:")} <strong role="timer">{spanInWords(left())}</strong>{" "}
        <span class="meta">{t("(until {{time}})", { time: formatTime(props.expiresAt, props.viewerZone) })}</span>
      </p>
    </Show>
  );
}
