import { createResource, For, Show } from "solid-js";
import { listEventBookings } from "../../api/admin-events";
import type { AdminEvent, Booking } from "../../api/types";
import Async from "../../components/Async";
import { toCsv } from "../../lib/csv";
import { fileSlug, saveFile } from "../../lib/save-file";
import { formatDateTime, formatTimeRange } from "../../lib/time";

const csvOf = (event: AdminEvent, bookings: Booking[]) =>
  toCsv([
    ["Slot start", "Slot end", "Time zone", "Name", "Email", "Phone", "Booked at (UTC)"],
    ...bookings.map((b) => [formatDateTime(b.startsAt, event.timezone), formatDateTime(b.endsAt, event.timezone), event.timezone, b.fanName, b.fanEmail, b.fanPhone, b.createdAt]),
  ]);

/** Who booked what, with contact details, in slot order; exportable as CSV. Times in the event's zone. */
export default function EventBookings(props: { event: AdminEvent }) {
  const [bookings, { refetch }] = createResource(() => props.event.id, listEventBookings);
  return (
    <section aria-labelledby="bookings-heading">
      <h2 id="bookings-heading">Bookings</h2>
      <Async resource={bookings} loading="Loading bookings…" retry={refetch}>
        {(page) => (
          <Show when={page().items.length > 0} fallback={<p>No bookings yet.</p>}>
            <p>
              {page().items.length} {page().items.length === 1 ? "booking" : "bookings"}. Times in {props.event.timezone.replace(/_/g, " ")}.
            </p>
            <div class="table-scroll" role="region" aria-labelledby="bookings-heading" tabIndex={0}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">Time</th>
                    <th scope="col">Name</th>
                    <th scope="col">Email</th>
                    <th scope="col">Phone</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={page().items}>
                    {(booking) => (
                      <tr>
                        <td>{formatTimeRange(booking.startsAt, booking.endsAt, props.event.timezone)}</td>
                        <td>{booking.fanName}</td>
                        <td>
                          <a href={`mailto:${booking.fanEmail}`}>{booking.fanEmail}</a>
                        </td>
                        <td>{booking.fanPhone ? <a href={`tel:${booking.fanPhone}`}>{booking.fanPhone}</a> : "—"}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </div>
            <button type="button" class="button-secondary" onClick={() => saveFile(`${fileSlug(props.event.title)}-bookings.csv`, csvOf(props.event, page().items), "text/csv")}>
              Export as CSV
            </button>
          </Show>
        )}
      </Async>
    </section>
  );
}
