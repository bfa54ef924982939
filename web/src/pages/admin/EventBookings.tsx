import { createResource, createSignal, For, Show } from "solid-js";
import { cancelEventBooking, listEventBookings } from "../../api/admin-events";
import type { AdminEvent, Booking } from "../../api/types";
import Async from "../../components/Async";
import ConfirmChoice from "../../components/ConfirmChoice";
import { createSubmit } from "../../lib/submit";
import { toCsv } from "../../lib/csv";
import { fileSlug, saveFile } from "../../lib/save-file";
import { formatDateTime, formatTimeRange } from "../../lib/time";

const csvOf = (event: AdminEvent, bookings: Booking[]) =>
  toCsv([
    ["Slot start", "Slot end", "Time zone", "Name", "Email", "Phone", "Booked at (UTC)"],
    ...bookings.map((b) => [formatDateTime(b.startsAt, event.timezone), formatDateTime(b.endsAt, event.timezone), event.timezone, b.fanName, b.fanEmail, b.fanPhone, b.createdAt]),
  ]);

/**
 * Who booked what, with contact details, in slot order; exportable as CSV. Times in the event's zone. The
 * organiser can cancel one booking (asked first): the seat is free at once and the fan is told by email.
 */
export default function EventBookings(props: { event: AdminEvent; onChange?: () => void }) {
  const [bookings, { refetch, mutate }] = createResource(() => props.event.id, listEventBookings);
  const [cancelling, setCancelling] = createSignal<Booking | null>(null);
  const [announcement, setAnnouncement] = createSignal("");
  const cancel = createSubmit(async () => {
    const booking = cancelling()!;
    await cancelEventBooking(props.event.id, booking.id);
    mutate((page) => page && { items: page.items.filter((item) => item.id !== booking.id) });
    setCancelling(null);
    setAnnouncement(`Cancelled ${booking.fanName}'s booking, ${formatTimeRange(booking.startsAt, booking.endsAt, props.event.timezone)}. They have been told by email.`);
    props.onChange?.();
  });
  return (
    <section aria-labelledby="bookings-heading">
      <h2 id="bookings-heading">Bookings</h2>
      <p class="live" role="status" aria-live="polite">
        {announcement()}
      </p>
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
                    <th scope="col">
                      <span class="visually-hidden">Actions</span>
                    </th>
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
                        <td>
                          <button type="button" class="button-secondary" onClick={() => setCancelling(booking)}>
                            Cancel<span class="visually-hidden"> {booking.fanName}'s booking</span>
                          </button>
                        </td>
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
      <ConfirmChoice
        chosen={cancelling()}
        title="Cancel this booking?"
        confirmLabel="Yes, cancel it"
        busy={cancel.busy()}
        error={cancel.error()}
        onConfirm={() => void cancel.submit()}
        onCancel={() => setCancelling(null)}
      >
        {(booking) => (
          <p>
            {booking.fanName}, {formatTimeRange(booking.startsAt, booking.endsAt, props.event.timezone)}. The seat is free again at once, and they get an
            email saying you cancelled it.
          </p>
        )}
      </ConfirmChoice>
    </section>
  );
}
