import { onMount } from "solid-js";
import { bookingCalendar } from "../../api/bookings";
import type { BookingView as Booking } from "@slotbook/contract";
import FormError from "../../components/FormError";
import { fileSlug, saveFile } from "../../lib/save-file";
import { createSubmit } from "../../lib/submit";
import { formatDay } from "../../lib/time";
import SlotTime from "./SlotTime";
import { t } from "../../i18n/t";
import { appPaths, bookingPage } from "@slotbook/contract/site-paths";

/** "You're booked": the booking's details, its calendar file, its check-in code, and the way to My bookings. */
export default function BookingConfirmation(props: { booking: Booking; viewerZone: string; onBookAnother: () => void }) {
  let heading!: HTMLHeadingElement;
  onMount(() => heading.focus());
  const calendar = createSubmit(async () => {
    const ics = await bookingCalendar(props.booking.id);
    saveFile(`${fileSlug(props.booking.event.title)}.ics`, ics, "text/calendar");
  });
  return (
    <section class="confirmation" aria-labelledby="confirmation-heading">
      <h2 id="confirmation-heading" ref={heading} tabIndex={-1}>
        {t("You're booked")}
      </h2>
      <dl class="details">
        <dt>{t("Event")}</dt>
        <dd>{props.booking.event.title}</dd>
        <dt>{t("When")}</dt>
        <dd>
          {formatDay(props.booking.startsAt, props.viewerZone)},{" "}
          <SlotTime startsAt={props.booking.startsAt} endsAt={props.booking.endsAt} viewerZone={props.viewerZone} eventZone={props.booking.event.timezone} />
        </dd>
        <dt>{t("Name")}</dt>
        <dd>{props.booking.fanName}</dd>
      </dl>
      <p>{t("A confirmation email with a calendar invite is on its way to {{email}}.", { email: props.booking.fanEmail })}</p>
      <FormError error={calendar.error()} />
      <div class="actions">
        <button type="button" onClick={() => void calendar.submit()} disabled={calendar.busy()}>
          {calendar.busy() ? t("Preparing…") : t("Add to calendar")}
        </button>
        <a href={bookingPage(props.booking.id)} class="button-link">
          {t("Check-in code")}
        </a>
        <a href={appPaths.myBookings} class="button-link">
          {t("My bookings")}
        </a>
        <button type="button" class="button-secondary" onClick={() => props.onBookAnother()}>
          {t("Back to the event")}
        </button>
      </div>
    </section>
  );
}
