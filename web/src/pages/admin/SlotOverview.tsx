import { createMemo, createResource, For, onCleanup, Show } from "solid-js";
import type { EventView as AdminEvent, BookingView as Booking } from "@slotbook/contract";
import { getEventWaitlist } from "../../api/waitlist";
import Async from "../../components/Async";
import { createServerNow, spanInWords } from "../../lib/countdown";
import { formatDay, formatTime, formatTimeRange } from "../../lib/time";
import { t } from "../../i18n/t";

/** How often the overview asks for news (offers made, claimed, expired) while the page is visible. */
const pollMs = 15_000;


/**
 * The event's dashboard: how it fills. In all and per slot, in the event's zone: seats booked of the places
 * (as a bar), held for waitlist offers, free, waiting, checked in; and each slot's waitlist, in order, with
 * live offers and when they expire. Kept up to date while open (`onRefresh` reads the event and its bookings
 * again). On a phone the table reflows into cards.
 */
export default function SlotOverview(props: { event: AdminEvent; bookings: Booking[]; onRefresh: () => void }) {
  const [waitlists, { refetch }] = createResource(() => props.event, (event) => getEventWaitlist(event.id));
  // Seats checked in, per slot: counted once per read of the bookings, not once per row.
  const arrivals = createMemo(() => {
    const bySlot = new Map<string, number>();
    for (const booking of props.bookings) if (booking.checkedInAt) bySlot.set(booking.slotId, (bySlot.get(booking.slotId) ?? 0) + booking.seats);
    return bySlot;
  });
  const arrivedIn = (slotId?: string) => (slotId ? (arrivals().get(slotId) ?? 0) : [...arrivals().values()].reduce((sum, seats) => sum + seats, 0));
  const total = (count: (slot: AdminEvent["slots"][number]) => number) => props.event.slots.reduce((sum, slot) => sum + count(slot), 0);
  const timer = setInterval(() => document.visibilityState === "visible" && props.onRefresh(), pollMs);
  onCleanup(() => clearInterval(timer));
  const now = createServerNow(1000);
  const zone = () => props.event.timezone;
  const slots = () => [...props.event.slots].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const when = (slot: { startsAt: string; endsAt: string }) => `${formatDay(slot.startsAt, zone())}, ${formatTimeRange(slot.startsAt, slot.endsAt, zone())}`;

  return (
    <section aria-labelledby="slots-overview-heading">
      <h2 id="slots-overview-heading">{t("Slots and waitlists")}</h2>
      <dl class="totals" aria-label={t("The event in all")}>
        <div>
          <dt>{t("Booked")}</dt>
          <dd>
            {t("{{booked}} of {{capacity}}", { booked: total((slot) => slot.bookedCount), capacity: total((slot) => slot.capacity) })}{" "}
            <meter min={0} max={Math.max(1, total((slot) => slot.capacity))} value={total((slot) => slot.bookedCount)} aria-label={t("Seats booked of all places")} />
          </dd>
        </div>
        <div>
          <dt>{t("Waiting")}</dt>
          <dd>{total((slot) => slot.waitlistLength)}</dd>
        </div>
        <div>
          <dt>{t("Checked in")}</dt>
          <dd>{arrivedIn()}</dd>
        </div>
      </dl>
      <p>{t("Times in {{zone}}. Held: seats kept for a fan while their waitlist offer runs.", { zone: zone().replace(/_/g, " ") })}</p>
      <div class="table-scroll" role="region" aria-labelledby="slots-overview-heading" tabIndex={0}>
        <table class="reflow" role="table">
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">{t("Time")}</th>
              <th scope="col" role="columnheader">{t("Places")}</th>
              <th scope="col" role="columnheader">{t("Booked")}</th>
              <th scope="col" role="columnheader">{t("Held")}</th>
              <th scope="col" role="columnheader">{t("Free")}</th>
              <th scope="col" role="columnheader">{t("Waiting")}</th>
              <th scope="col" role="columnheader">{t("Checked in")}</th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            <For each={slots()}>
              {(slot) => (
                <tr role="row">
                  <th scope="row" role="rowheader">{when(slot)}</th>
                  <td role="cell" data-label={t("Places")}>{slot.capacity}</td>
                  <td role="cell" data-label={t("Booked")}>
                    {slot.bookedCount} <meter min={0} max={slot.capacity} value={slot.bookedCount} aria-label={t("{{booked}} of {{capacity}} booked", { booked: slot.bookedCount, capacity: slot.capacity })} />
                  </td>
                  <td role="cell" data-label={t("Held")}>{slot.heldCount}</td>
                  <td role="cell" data-label={t("Free")}>{slot.available}</td>
                  <td role="cell" data-label={t("Waiting")}>{slot.waitlistLength}</td>
                  <td role="cell" data-label={t("Checked in")}>{arrivedIn(slot.id)}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
      <Async resource={waitlists} loading={t("Loading waitlists…")} retry={refetch}>
        {(loaded) => (
          <Show when={loaded().items.some((queue) => queue.entries.length > 0)} fallback={<p>{props.event.waitlist ? t("Nobody is on a waitlist.") : t("This event keeps no waitlist.")}</p>}>
            <For each={loaded().items.filter((queue) => queue.entries.length > 0)}>
              {(queue) => {
                const slot = () => props.event.slots.find((candidate) => candidate.id === queue.slotId);
                const ordered = () => [...queue.entries].sort((a, b) => (a.status === b.status ? a.position - b.position || a.createdAt.localeCompare(b.createdAt) : a.status === "offered" ? -1 : 1));
                return (
                  <>
                    <h3>{t("Waitlist, {{when}}", { when: slot() ? when(slot()!) : formatDay(queue.startsAt, zone()) })}</h3>
                    <ol class="waitlist-queue">
                      <For each={ordered()}>
                        {(entry) => (
                          <li>
                            {entry.fanName}
                            {entry.seats > 1 ? ` (${t("{{count}} seats", { count: entry.seats })})` : ""}
                            {" — "}
                            <Show when={entry.status === "offered" && entry.offerExpiresAt} fallback={<>{t("waiting, #{{place}}", { place: entry.position })}</>}>
                              {(expires) => (
                                <strong>
                                  {t("offered seats until {{time}}", { time: formatTime(expires(), zone()) })}{" "}
                                  {Date.parse(expires()) > now() ? t("({{span}} left)", { span: spanInWords(Date.parse(expires()) - now()) }) : t("(expiring)")}
                                </strong>
                              )}
                            </Show>
                          </li>
                        )}
                      </For>
                    </ol>
                  </>
                );
              }}
            </For>
          </Show>
        )}
      </Async>
    </section>
  );
}
