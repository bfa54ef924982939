import { createResource, createSignal, For, lazy, Show } from "solid-js";
import { cancelBooking, listMyBookings } from "../../api/bookings";
import type { BookingView as Booking } from "@slotbook/contract";
import Async from "../../components/Async";
import ConfirmChoice from "../../components/ConfirmChoice";
import PageHeading from "../../components/PageHeading";
import RequireRole from "../../components/RequireRole";
import { createSubmit } from "../../lib/submit";
import { formatDay, formatTimeRange, viewerTimeZone } from "../../lib/time";
import BookingItem from "./BookingItem";
import { t } from "../../i18n/t";
import LinkedText from "../../components/LinkedText";

/** Loaded when a fan first moves a booking. */
const MoveBooking = lazy(() => import("./MoveBooking"));

export default function MyBookingsPage() {
  return (
    <RequireRole role="fan">
      <MyBookings />
    </RequireRole>
  );
}

/** The fan's bookings, upcoming first (soonest at the top), past ones after; cancelling asks first. */
function MyBookings() {
  const viewerZone = viewerTimeZone();
  const [bookings, { refetch, mutate }] = createResource(listMyBookings);
  const [cancelling, setCancelling] = createSignal<Booking | null>(null);
  const [moving, setMoving] = createSignal<Booking | null>(null);
  const moved = (from: Booking, to: Booking) => {
    mutate((page) => page && { items: page.items.map((item) => (item.id === from.id ? to : item)) });
    setMoving(null);
    setAnnouncement(
      t("Moved your booking for {{title}} to {{day}} {{time}}.", { title: to.event.title, day: formatDay(to.startsAt, viewerZone), time: formatTimeRange(to.startsAt, to.endsAt, viewerZone) }),
    );
  };
  const [announcement, setAnnouncement] = createSignal("");
  const cancel = createSubmit(async () => {
    const booking = cancelling()!;
    await cancelBooking(booking.id);
    mutate((page) => page && { items: page.items.filter((item) => item.id !== booking.id) });
    setCancelling(null);
    setAnnouncement(
      t("Cancelled your booking for {{title}}, {{day}} {{time}}.", {
        title: booking.event.title,
        day: formatDay(booking.startsAt, viewerZone),
        time: formatTimeRange(booking.startsAt, booking.endsAt, viewerZone),
      }),
    );
  });
  const split = (items: Booking[]) => {
    const now = new Date().toISOString();
    const byStart = [...items].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    return { upcoming: byStart.filter((item) => item.endsAt > now), past: byStart.filter((item) => item.endsAt <= now).reverse() };
  };

  return (
    <>
      <PageHeading title={t("My bookings")}>{t("My bookings")}</PageHeading>
      <p class="live" role="status" aria-live="polite">
        {announcement()}
      </p>
      <Async resource={bookings} loading={t("Loading your bookings…")} retry={refetch}>
        {(page) => (
          <>
            <h2>{t("Upcoming")}</h2>
            <Show when={split(page().items).upcoming.length > 0} fallback={<p><LinkedText text={t("No upcoming bookings. <a>Find an event</a>.")} hrefs={["/"]} /></p>}>
              <ul class="cards">
                <For each={split(page().items).upcoming}>
                  {(booking) => <BookingItem booking={booking} viewerZone={viewerZone} onMove={() => setMoving(booking)} onCancel={() => setCancelling(booking)} />}
                </For>
              </ul>
            </Show>
            <Show when={split(page().items).past.length > 0}>
              <h2>{t("Past")}</h2>
              <ul class="cards">
                <For each={split(page().items).past}>{(booking) => <BookingItem booking={booking} viewerZone={viewerZone} />}</For>
              </ul>
            </Show>
          </>
        )}
      </Async>
      <Show when={moving()}>
        {(booking) => <MoveBooking booking={booking()} viewerZone={viewerZone} onMoved={(to) => moved(booking(), to)} onClose={() => setMoving(null)} />}
      </Show>
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
            {booking.event.title}, {formatDay(booking.startsAt, viewerZone)} {formatTimeRange(booking.startsAt, booking.endsAt, viewerZone)}.{" "}
            {t("Your seat goes to someone else straight away.")}
          </p>
        )}
      </ConfirmChoice>
    </>
  );
}
