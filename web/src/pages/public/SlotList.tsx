import { For, Show, type JSX } from "solid-js";
import type { PublicSlotView as PublicSlot } from "@slotbook/contract";

/** A slot as the page shows it: its live availability, or none yet (a share page before its first fetch). */
export type ShownSlot = Omit<PublicSlot, "available"> & { available?: number };
import { formatTimeRange, groupByDay } from "../../lib/time";
import { availabilityLabel } from "./availability";
import SlotTime from "./SlotTime";
import { t } from "../../i18n/t";

/**
 * The event's slots, grouped by day in the viewer's zone, each with its live availability and a Book button
 * (a full slot: joining its waitlist, when the event keeps one, with the place the fan would take). The chosen
 * slot opens its booking panel right under it. Until availability is known (a share page's first moments) a
 * slot shows no count and its Book button: the booking itself is the authority on seats. The buttons work
 * only while booking is open (`open`).
 */
export default function SlotList(props: {
  slots: ShownSlot[];
  viewerZone: string;
  eventZone: string;
  selectedId?: string;
  open: boolean;
  waitlist?: boolean;
  onBook: (slot: ShownSlot) => void;
  panel: (slot: ShownSlot) => JSX.Element;
}) {
  return (
    <Show when={props.slots.length > 0} fallback={<p>{t("Every time of this event has started: there is nothing left to book.")}</p>}>
      <For each={groupByDay(props.slots, props.viewerZone)}>
        {(day) => (
          <section class="day" aria-label={day.label}>
            <h3>{day.label}</h3>
            <ul class="slots">
              <For each={day.items}>
                {(slot) => (
                  <li class="slot" classList={{ selected: slot.id === props.selectedId, full: slot.available !== undefined && slot.available <= 0 }}>
                    <div class="slot-row">
                      <SlotTime startsAt={slot.startsAt} endsAt={slot.endsAt} viewerZone={props.viewerZone} eventZone={props.eventZone} />
                      <span class="availability">{availabilityLabel(slot.available)}</span>
                      <Show when={(slot.available !== 0 || props.waitlist) && slot.id !== props.selectedId}>
                        <button type="button" disabled={!props.open} onClick={() => props.onBook(slot)}>
                          {slot.available === 0 ? t("Join the waitlist (you'd be #{{place}})", { place: slot.waitlistLength + 1 }) : t("Book")}
                          <span class="visually-hidden"> {formatTimeRange(slot.startsAt, slot.endsAt, props.viewerZone)}</span>
                        </button>
                      </Show>
                    </div>
                    <Show when={slot.id === props.selectedId}>{props.panel(slot)}</Show>
                  </li>
                )}
              </For>
            </ul>
          </section>
        )}
      </For>
    </Show>
  );
}
