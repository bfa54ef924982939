import { createResource, For, onCleanup, Show } from "solid-js";
import type { AdminEvent } from "../../api/types";
import { getEventWaitlist } from "../../api/waitlist";
import Async from "../../components/Async";
import { createServerNow, spanInWords } from "../../lib/countdown";
import { formatDay, formatTime, formatTimeRange } from "../../lib/time";

/** How often the overview asks for news (offers made, claimed, expired) while the page is visible. */
const pollMs = 15_000;

/**
 * Each slot at a glance, in the event's zone: places, booked, held for waitlist offers, free, waiting; and
 * each slot's waitlist, in order, with live offers and when they expire. Kept up to date while open.
 */
export default function SlotOverview(props: { event: AdminEvent; onRefresh: () => void }) {
  const [waitlists, { refetch }] = createResource(() => props.event, (event) => getEventWaitlist(event.id));
  const timer = setInterval(() => document.visibilityState === "visible" && props.onRefresh(), pollMs);
  onCleanup(() => clearInterval(timer));
  const now = createServerNow(1000);
  const zone = () => props.event.timezone;
  const slots = () => [...props.event.slots].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const when = (slot: { startsAt: string; endsAt: string }) => `${formatDay(slot.startsAt, zone())}, ${formatTimeRange(slot.startsAt, slot.endsAt, zone())}`;

  return (
    <section aria-labelledby="slots-overview-heading">
      <h2 id="slots-overview-heading">Slots and waitlists</h2>
      <p>Times in {zone().replace(/_/g, " ")}. Held: seats kept for a fan while their waitlist offer runs.</p>
      <div class="table-scroll" role="region" aria-labelledby="slots-overview-heading" tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">Time</th>
              <th scope="col">Places</th>
              <th scope="col">Booked</th>
              <th scope="col">Held</th>
              <th scope="col">Free</th>
              <th scope="col">Waiting</th>
            </tr>
          </thead>
          <tbody>
            <For each={slots()}>
              {(slot) => (
                <tr>
                  <td>{when(slot)}</td>
                  <td>{slot.capacity}</td>
                  <td>{slot.bookedCount}</td>
                  <td>{slot.heldCount}</td>
                  <td>{slot.available}</td>
                  <td>{slot.waitlistLength}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
      <Async resource={waitlists} loading="Loading waitlists…" retry={refetch}>
        {(loaded) => (
          <Show when={loaded().items.some((queue) => queue.entries.length > 0)} fallback={<p>{props.event.waitlist ? "Nobody is on a waitlist." : "This event keeps no waitlist."}</p>}>
            <For each={loaded().items.filter((queue) => queue.entries.length > 0)}>
              {(queue) => {
                const slot = () => props.event.slots.find((candidate) => candidate.id === queue.slotId);
                const ordered = () => [...queue.entries].sort((a, b) => (a.status === b.status ? a.position - b.position || a.createdAt.localeCompare(b.createdAt) : a.status === "offered" ? -1 : 1));
                return (
                  <>
                    <h3>Waitlist, {slot() ? when(slot()!) : formatDay(queue.startsAt, zone())}</h3>
                    <ol class="waitlist-queue">
                      <For each={ordered()}>
                        {(entry) => (
                          <li>
                            {entry.fanName}
                            {entry.seats > 1 ? ` (${entry.seats} seats)` : ""}
                            {" — "}
                            <Show when={entry.status === "offered" && entry.offerExpiresAt} fallback={<>waiting, #{entry.position}</>}>
                              {(expires) => (
                                <strong>
                                  offered seats until {formatTime(expires(), zone())}
                                  {Date.parse(expires()) > now() ? ` (${spanInWords(Date.parse(expires()) - now())} left)` : " (expiring)"}
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
