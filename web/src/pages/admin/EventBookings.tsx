import { createSignal, For, Show, type Resource } from "solid-js";
import { cancelEventBooking } from "../../api/admin-events";
import type { EventView as AdminEvent, BookingView as Booking } from "@slotbook/contract";
import Async from "../../components/Async";
import ConfirmChoice from "../../components/ConfirmChoice";
import { createSubmit } from "../../lib/submit";
import { fileSlug, saveFile } from "../../lib/save-file";
import { formatTime, formatTimeRange } from "../../lib/time";
import { answerText, bookingsCsv } from "../../lib/bookings-csv";
import { t } from "../../i18n/t";

/**
 * Who booked what, with contact details, seats and answers to the event's questions, in slot order; exportable
 * as CSV (a column per question). Times in the event's zone. The
 * organiser can cancel one booking (asked first): the seat is free at once and the fan is told by email.
 */
export default function EventBookings(props: { event: AdminEvent; bookings: Resource<{ items: Booking[] }>; retry: () => void; onCancelled: (booking: Booking) => void }) {
  const [cancelling, setCancelling] = createSignal<Booking | null>(null);
  const [announcement, setAnnouncement] = createSignal("");
  const cancel = createSubmit(async () => {
    const booking = cancelling()!;
    await cancelEventBooking(props.event.id, booking.id);
    props.onCancelled(booking);
    setCancelling(null);
    setAnnouncement(
      t("Cancelled {{name}}'s booking, {{time}}. They have been told by email.", { name: booking.fanName, time: formatTimeRange(booking.startsAt, booking.endsAt, props.event.timezone) }),
    );
  });
  return (
    <section aria-labelledby="bookings-heading">
      <h2 id="bookings-heading">{t("Bookings")}</h2>
      <p class="live" role="status" aria-live="polite">
        {announcement()}
      </p>
      <Async resource={props.bookings} loading={t("Loading bookings…")} retry={props.retry}>
        {(page) => (
          <Show when={page().items.length > 0} fallback={<p>{t("No bookings yet.")}</p>}>
            <p>
              {page().items.length === 1 ? t("1 booking.") : t("{{count}} bookings.", { count: page().items.length })}{" "}
              {t("Times in {{zone}}.", { zone: props.event.timezone.replace(/_/g, " ") })}
            </p>
            <div class="table-scroll" role="region" aria-labelledby="bookings-heading" tabIndex={0}>
              <table class="reflow" role="table">
                <thead role="rowgroup">
                  <tr role="row">
                    <th scope="col" role="columnheader">{t("Time")}</th>
                    <th scope="col" role="columnheader">{t("Name")}</th>
                    <th scope="col" role="columnheader">{t("Email")}</th>
                    <th scope="col" role="columnheader">{t("Phone")}</th>
                    <th scope="col" role="columnheader">{t("Seats")}</th>
                    <th scope="col" role="columnheader">{t("Checked in")}</th>
                    <Show when={props.event.questions.length > 0}>
                      <th scope="col" role="columnheader">{t("Answers")}</th>
                    </Show>
                    <th scope="col" role="columnheader">
                      <span class="visually-hidden">{t("Actions")}</span>
                    </th>
                  </tr>
                </thead>
                <tbody role="rowgroup">
                  <For each={page().items}>
                    {(booking) => (
                      <tr role="row">
                        <th scope="row" role="rowheader">{formatTimeRange(booking.startsAt, booking.endsAt, props.event.timezone)}</th>
                        <td role="cell" data-label={t("Name")}>{booking.fanName}</td>
                        <td role="cell" data-label={t("Email")}>
                          <a href={`mailto:${booking.fanEmail}`}>{booking.fanEmail}</a>
                        </td>
                        <td role="cell" data-label={t("Phone")}>{booking.fanPhone ? <a href={`tel:${booking.fanPhone}`}>{booking.fanPhone}</a> : "—"}</td>
                        <td role="cell" data-label={t("Seats")}>{booking.seats}</td>
                        <td role="cell" data-label={t("Checked in")}>{booking.checkedInAt ? formatTime(booking.checkedInAt, props.event.timezone) : "—"}</td>
                        <Show when={props.event.questions.length > 0}>
                          <td role="cell" class="answers" data-label={t("Answers")}>
                            <For each={props.event.questions.filter((question) => booking.answers?.[question.id] !== undefined)}>
                              {(question) => (
                                <p>
                                  <strong>{question.label}:</strong> {answerText(booking.answers[question.id])}
                                </p>
                              )}
                            </For>
                          </td>
                        </Show>
                        <td role="cell">
                          <button type="button" class="button-secondary" onClick={() => setCancelling(booking)}>
                            {t("Cancel")}
                            <span class="visually-hidden"> {t("{{name}}'s booking", { name: booking.fanName })}</span>
                          </button>
                        </td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </div>
            <button type="button" class="button-secondary" onClick={() => saveFile(`${fileSlug(props.event.title)}-bookings.csv`, bookingsCsv(props.event, page().items), "text/csv")}>
              {t("Export as CSV")}
            </button>
          </Show>
        )}
      </Async>
      <ConfirmChoice
        chosen={cancelling()}
        title={t("Cancel this booking?")}
        confirmLabel={t("Yes, cancel it")}
        busy={cancel.busy()}
        error={cancel.error()}
        onConfirm={() => void cancel.submit()}
        onCancel={() => setCancelling(null)}
      >
        {(booking) => (
          <p>
            {booking.fanName}, {formatTimeRange(booking.startsAt, booking.endsAt, props.event.timezone)}.{" "}
            {t("The seat is free again at once, and they get an email saying you cancelled it.")}
          </p>
        )}
      </ConfirmChoice>
    </section>
  );
}
