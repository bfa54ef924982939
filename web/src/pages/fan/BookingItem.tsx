import { bookingPage, eventPage } from "@slotbook/contract/site-paths";
import { Show } from "solid-js";
import type { BookingView as Booking } from "@slotbook/contract";
import { formatDay } from "../../lib/time";
import SlotTime from "../public/SlotTime";
import { t } from "../../i18n/t";

/** One of the fan's bookings: what, when (in their zone and the event's), and move and cancel buttons if upcoming. */
export default function BookingItem(props: { booking: Booking; viewerZone: string; onCancel?: () => void; onMove?: () => void }) {
  return (
    <li class="card booking">
      <h3>
        <a href={eventPage(props.booking.event.slug)}>{props.booking.event.title}</a>
      </h3>
      <p class="meta">
        {formatDay(props.booking.startsAt, props.viewerZone)},{" "}
        <SlotTime startsAt={props.booking.startsAt} endsAt={props.booking.endsAt} viewerZone={props.viewerZone} eventZone={props.booking.event.timezone} />
      </p>
      <p>
        <a href={bookingPage(props.booking.id)}>
          {props.booking.checkedInAt ? t("Checked in") : t("Check-in code")}
          <span class="visually-hidden"> {t("for {{title}}", { title: props.booking.event.title })}</span>
        </a>
      </p>
      <Show when={props.onMove}>
        {(move) => (
          <button type="button" class="button-secondary" onClick={() => move()()}>
            {t("Move")}
            <span class="visually-hidden"> {t("booking for {{title}}", { title: props.booking.event.title })}</span>
          </button>
        )}
      </Show>
      <Show when={props.onCancel}>
        {(cancel) => (
          <button type="button" class="button-secondary" onClick={() => cancel()()}>
            {t("Cancel booking")}
            <span class="visually-hidden"> {t("for {{title}}", { title: props.booking.event.title })}</span>
          </button>
        )}
      </Show>
    </li>
  );
}
