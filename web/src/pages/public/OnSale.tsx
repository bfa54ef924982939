import { createEffect, createSignal, on, Show } from "solid-js";
import type { OnSale as OnSaleFields } from "@slotbook/contract";
import { createServerNow, spanInWords } from "../../lib/countdown";
import { formatDay, formatTime } from "../../lib/time";
import { t } from "../../i18n/t";

export type SalePhase = "soon" | "open" | "closed";

/**
 * When an event can be booked, by the server's clock: before the opening a countdown ("Booking opens in …"),
 * and the moment it opens the page's Book buttons turn on (`onOpen`), without a reload; after the closing,
 * "Booking has closed". Also the per-fan limit. Loaded only for an event that has any of these.
 */
export default function OnSale(props: { event: Partial<OnSaleFields>; viewerZone: string; onOpen: (open: boolean) => void }) {
  const now = createServerNow();
  const opensAt = () => (props.event.bookingOpensAt ? Date.parse(props.event.bookingOpensAt) : undefined);
  const closesAt = () => (props.event.bookingClosesAt ? Date.parse(props.event.bookingClosesAt) : undefined);
  const phase = (): SalePhase => (opensAt()! > now() ? "soon" : closesAt()! <= now() ? "closed" : "open");
  const [opened, setOpened] = createSignal(false);
  createEffect(on(phase, (current, previous) => (props.onOpen(current === "open"), previous === "soon" && current === "open" && setOpened(true))));
  const when = (instant: string) => t("{{day}} at {{time}}", { day: formatDay(instant, props.viewerZone), time: formatTime(instant, props.viewerZone) });
  const limit = () => props.event.maxBookingsPerFan;

  return (
    <div class="on-sale">
      <Show when={phase() === "soon"}>
        <p class="on-sale-countdown">
          <strong role="timer">{t("Booking opens in {{span}}", { span: spanInWords(opensAt()! - now()) })}</strong>
          <span class="on-sale-when"> ({when(props.event.bookingOpensAt!)})</span>
        </p>
      </Show>
      <Show when={phase() === "open" && props.event.bookingClosesAt}>
        <p>{t("Booking closes {{when}}.", { when: when(props.event.bookingClosesAt!) })}</p>
      </Show>
      <Show when={phase() === "closed"}>
        <p class="on-sale-closed">
          <strong>{t("Booking has closed.")}</strong>
        </p>
      </Show>
      <p class="live live-ok" role="status">
        {opened() ? t("Booking is open now.") : ""}
      </p>
      <Show when={limit()}>
        <p>{limit() === 1 ? t("You can book 1 slot of this event.") : t("You can book up to {{count}} slots of this event.", { count: limit()! })}</p>
      </Show>
    </div>
  );
}
