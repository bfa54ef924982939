import { For, Show, type JSX } from "solid-js";
import type { PublicSlot } from "../../api/types";
import { formatTimeRange, groupByDay } from "../../lib/time";
import { availabilityLabel } from "./availability";
import SlotTime from "./SlotTime";

/**
 * The event's slots, grouped by day in the viewer's zone, each with its live availability and a Book button.
 * The chosen slot opens its booking panel right under it.
 */
export default function SlotList(props: {
  slots: PublicSlot[];
  viewerZone: string;
  eventZone: string;
  selectedId?: string;
  onBook: (slot: PublicSlot) => void;
  panel: (slot: PublicSlot) => JSX.Element;
}) {
  return (
    <Show when={props.slots.length > 0} fallback={<p>This event has no time slots yet.</p>}>
      <For each={groupByDay(props.slots, props.viewerZone)}>
        {(day) => (
          <section class="day" aria-label={day.label}>
            <h3>{day.label}</h3>
            <ul class="slots">
              <For each={day.items}>
                {(slot) => (
                  <li class="slot" classList={{ selected: slot.id === props.selectedId, full: slot.available <= 0 }}>
                    <div class="slot-row">
                      <SlotTime startsAt={slot.startsAt} endsAt={slot.endsAt} viewerZone={props.viewerZone} eventZone={props.eventZone} />
                      <span class="availability">{availabilityLabel(slot.available)}</span>
                      <Show when={slot.available > 0 && slot.id !== props.selectedId}>
                        <button type="button" onClick={() => props.onBook(slot)}>
                          Book<span class="visually-hidden"> {formatTimeRange(slot.startsAt, slot.endsAt, props.viewerZone)}</span>
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
