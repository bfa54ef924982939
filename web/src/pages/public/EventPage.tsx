import { useParams, useSearchParams } from "@solidjs/router";
import { createEffect, createResource, createSignal, on, onCleanup, Show } from "solid-js";
import { ApiError } from "../../api/errors";
import { getPublicEvent, getPublicSlots } from "../../api/public-events";
import type { Booking, PublicSlot } from "../../api/types";
import Async from "../../components/Async";
import PageHeading from "../../components/PageHeading";
import { formatDay, formatTimeRange, viewerTimeZone, zoneLabel } from "../../lib/time";
import BookingConfirmation from "./BookingConfirmation";
import BookingPanel from "./BookingPanel";
import SlotList from "./SlotList";

/** How often the slots' availability is refreshed while the page is visible. */
const pollMs = 15_000;

/** A published event: its slots with live availability, booking in place, and the confirmation. */
export default function EventPage() {
  const params = useParams<{ slug: string }>();
  const [search, setSearch] = useSearchParams<{ slot?: string }>();
  const viewerZone = viewerTimeZone();
  const [event, { refetch }] = createResource(() => params.slug, loadEvent);
  const [liveSlots, setLiveSlots] = createSignal<PublicSlot[]>();
  const [booked, setBooked] = createSignal<Booking | null>(null);
  const [announcement, setAnnouncement] = createSignal({ text: "", ok: true });
  let slotsHeading!: HTMLHeadingElement;

  createEffect(on(() => params.slug, () => (setLiveSlots(undefined), setBooked(null)), { defer: true }));
  const slots = () => liveSlots() ?? event.latest?.slots ?? [];

  const refreshSlots = async () => {
    try {
      setLiveSlots((await getPublicSlots(params.slug)).items);
    } catch {
      // Keep showing the last known availability; the next poll or booking attempt tries again.
    }
  };
  const timer = setInterval(() => document.visibilityState === "visible" && void refreshSlots(), pollMs);
  onCleanup(() => clearInterval(timer));

  const choose = (slot: PublicSlot | undefined) => setSearch({ slot: slot?.id }, { replace: true, scroll: false });
  const onBooked = (booking: Booking) => {
    setAnnouncement({ text: `Booked: ${booking.event.title}, ${formatDay(booking.startsAt, viewerZone)} ${formatTimeRange(booking.startsAt, booking.endsAt, viewerZone)}.`, ok: true });
    setBooked(booking);
    choose(undefined);
    void refreshSlots();
  };
  const onFilled = (slot: PublicSlot) => {
    setAnnouncement({ text: `Sorry, the ${formatTimeRange(slot.startsAt, slot.endsAt, viewerZone)} slot just filled up. The times below are up to date: please choose another.`, ok: false });
    choose(undefined);
    void refreshSlots().then(() => slotsHeading?.focus());
  };
  const selectedSlot = () => slots().find((slot) => slot.id === search.slot);

  return (
    <Async resource={event} loading="Loading the event…" retry={refetch}>
      {(details) => (
        <article class="event">
          <PageHeading title={details().title}>{details().title}</PageHeading>
          <Show when={details().description}>
            <p class="description">{details().description}</p>
          </Show>
          <p class="zone-note">
            Times are in your time zone, {zoneLabel(viewerZone, slots()[0]?.startsAt ?? new Date().toISOString())}. The event's time zone is{" "}
            {zoneLabel(details().timezone, slots()[0]?.startsAt ?? new Date().toISOString())}.
          </p>
          <p class="live" classList={{ "live-ok": announcement().ok }} role="status" aria-live="polite">
            {announcement().text}
          </p>
          <Show
            when={booked()}
            fallback={
              <>
                <h2 ref={slotsHeading} tabIndex={-1}>
                  Choose a time
                </h2>
                <SlotList
                  slots={slots()}
                  viewerZone={viewerZone}
                  eventZone={details().timezone}
                  selectedId={selectedSlot()?.id}
                  onBook={(slot) => (setAnnouncement({ text: "", ok: true }), choose(slot))}
                  panel={(slot) => (
                    <BookingPanel
                      slot={slot}
                      eventZone={details().timezone}
                      viewerZone={viewerZone}
                      onBooked={onBooked}
                      onFilled={() => onFilled(slot)}
                      onClose={() => choose(undefined)}
                    />
                  )}
                />
              </>
            }
          >
            {(booking) => <BookingConfirmation booking={booking()} viewerZone={viewerZone} onBookAnother={() => setBooked(null)} />}
          </Show>
        </article>
      )}
    </Async>
  );
}

/** The event, with the API's 404 (unknown or unpublished) put in words for a visitor. */
async function loadEvent(slug: string) {
  try {
    return await getPublicEvent(slug);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) throw new Error("This event doesn't exist, or isn't open for booking.");
    throw error;
  }
}
