import { createEffect, createResource, createSignal, createUniqueId, For, Show } from "solid-js";
import { moveBooking } from "../../api/bookings";
import { getPublicSlots } from "../../api/public-events";
import type { BookingView as Booking, PublicSlotView as PublicSlot } from "@slotbook/contract";
import FormError from "../../components/FormError";
import { createSubmit } from "../../lib/submit";
import { formatDay } from "../../lib/time";
import SlotTime from "../public/SlotTime";
import { t } from "../../i18n/t";

/** The event's other slots a booking could move to now: not started, with room for all its seats. */
export const movableTo = (slots: PublicSlot[], booking: Booking, now = Date.now()) =>
  slots.filter((slot) => slot.id !== booking.slotId && Date.parse(slot.startsAt) > now && slot.available >= booking.seats);

/**
 * Moving a booking to another time of its event: the times with room (live, from the public slots), one to
 * pick, then one atomic move. A time that filled up meanwhile is refused and the booking stays as it was.
 */
export default function MoveBooking(props: { booking: Booking; viewerZone: string; onMoved: (moved: Booking) => void; onClose: () => void }) {
  let dialog!: HTMLDialogElement;
  const titleId = createUniqueId();
  const [slots, { refetch }] = createResource(() => getPublicSlots(props.booking.event.slug));
  const [chosen, setChosen] = createSignal<string>();
  const choices = () => movableTo(slots()?.items ?? [], props.booking);
  const move = createSubmit(async () => {
    const slotId = chosen();
    if (!slotId) throw new Error(t("Choose a new time first."));
    props.onMoved(await moveBooking(props.booking.id, slotId));
  });
  // A full slot: the list is read again, so it no longer offers that time.
  createEffect(() => {
    if (move.error()) void refetch();
  });
  createEffect(() => {
    if (!dialog.open) dialog.showModal();
  });

  return (
    <dialog ref={dialog} aria-labelledby={titleId} onClose={() => props.onClose()}>
      <h2 id={titleId}>{t("Move this booking")}</h2>
      <p>
        {t("{{title}}, now {{day}}", { title: props.booking.event.title, day: formatDay(props.booking.startsAt, props.viewerZone) })}{" "}
        <SlotTime startsAt={props.booking.startsAt} endsAt={props.booking.endsAt} viewerZone={props.viewerZone} eventZone={props.booking.event.timezone} />.
      </p>
      <Show when={!slots.loading || slots.latest} fallback={<p role="status">{t("Looking for times with room…")}</p>}>
        <Show when={choices().length > 0} fallback={
          <p>
            {props.booking.seats === 1
              ? t("No other time of this event has room for you right now.")
              : t("No other time of this event has room for {{count}} seats right now.", { count: props.booking.seats })}
          </p>
        }>
          <fieldset>
            <legend>{t("New time")}</legend>
            <For each={choices()}>
              {(slot) => (
                <label class="checkbox">
                  <input type="radio" name="move-to" value={slot.id} checked={chosen() === slot.id} onChange={() => setChosen(slot.id)} />
                  <span>
                    {formatDay(slot.startsAt, props.viewerZone)}, <SlotTime startsAt={slot.startsAt} endsAt={slot.endsAt} viewerZone={props.viewerZone} eventZone={props.booking.event.timezone} /> {t("({{count}} free)", { count: slot.available })}
                  </span>
                </label>
              )}
            </For>
          </fieldset>
        </Show>
      </Show>
      <FormError error={move.error() ?? slots.error} />
      <div class="actions">
        <button type="button" class="button-secondary" onClick={() => props.onClose()} disabled={move.busy()}>
          {t("Keep it")}
        </button>
        <Show when={choices().length > 0}>
          <button type="button" onClick={() => void move.submit()} disabled={move.busy()}>
            {move.busy() ? t("Moving…") : t("Move my booking")}
          </button>
        </Show>
      </div>
    </dialog>
  );
}
