import { createEffect, createSignal, on, Show } from "solid-js";
import type { OnSale as OnSaleFields } from "../../api/types";
import { createServerNow, spanInWords } from "../../lib/countdown";
import { formatDay, formatTime } from "../../lib/time";

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
  const when = (instant: string) => `${formatDay(instant, props.viewerZone)} at ${formatTime(instant, props.viewerZone)}`;
  const limit = () => props.event.maxBookingsPerFan;

  return (
    <div class="on-sale">
      <Show when={phase() === "soon"}>
        <p class="on-sale-countdown">
          <strong role="timer">Booking opens in {spanInWords(opensAt()! - now())}</strong>
          <span class="on-sale-when"> ({when(props.event.bookingOpensAt!)})</span>
        </p>
      </Show>
      <Show when={phase() === "open" && props.event.bookingClosesAt}>
        <p>Booking closes {when(props.event.bookingClosesAt!)}.</p>
      </Show>
      <Show when={phase() === "closed"}>
        <p class="on-sale-closed">
          <strong>Booking has closed.</strong>
        </p>
      </Show>
      <p class="live live-ok" role="status">
        {opened() ? "Booking is open now." : ""}
      </p>
      <Show when={limit()}>
        <p>
          You can book up to {limit()} {limit() === 1 ? "slot" : "slots"} of this event.
        </p>
      </Show>
    </div>
  );
}
