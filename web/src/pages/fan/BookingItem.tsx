import { Show } from "solid-js";
import type { Booking } from "../../api/types";
import { formatDay } from "../../lib/time";
import SlotTime from "../public/SlotTime";

/** One of the fan's bookings: what, when (in their zone and the event's), and move and cancel buttons if upcoming. */
export default function BookingItem(props: { booking: Booking; viewerZone: string; onCancel?: () => void; onMove?: () => void }) {
  return (
    <li class="card booking">
      <h3>
        <a href={`/e/${encodeURIComponent(props.booking.event.slug)}`}>{props.booking.event.title}</a>
      </h3>
      <p class="meta">
        {formatDay(props.booking.startsAt, props.viewerZone)},{" "}
        <SlotTime startsAt={props.booking.startsAt} endsAt={props.booking.endsAt} viewerZone={props.viewerZone} eventZone={props.booking.event.timezone} />
      </p>
      <p>
        <a href={`/me/bookings/${encodeURIComponent(props.booking.id)}`}>
          {props.booking.checkedInAt ? "Checked in" : "Check-in code"}
          <span class="visually-hidden"> for {props.booking.event.title}</span>
        </a>
      </p>
      <Show when={props.onMove}>
        {(move) => (
          <button type="button" class="button-secondary" onClick={() => move()()}>
            Move<span class="visually-hidden"> booking for {props.booking.event.title}</span>
          </button>
        )}
      </Show>
      <Show when={props.onCancel}>
        {(cancel) => (
          <button type="button" class="button-secondary" onClick={() => cancel()()}>
            Cancel booking<span class="visually-hidden"> for {props.booking.event.title}</span>
          </button>
        )}
      </Show>
    </li>
  );
}
